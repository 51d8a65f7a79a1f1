/**
 * The Windows PowerShell 5.1 side of the Credential Manager adapter: it reads one JSON request
 * from stdin, makes exactly the Win32 call it describes (CredWriteW, CredReadW or CredDeleteW)
 * with exactly the fields given, and prints one JSON answer. Every string crosses as base64, so
 * the console's code page cannot change a byte. The fields themselves are decided in TypeScript.
 */
export const CREDENTIAL_MANAGER_SCRIPT = String.raw`
$ErrorActionPreference = 'Stop'
Add-Type -TypeDefinition @'
using System;
using System.Runtime.InteropServices;
using System.Text;
public static class AuthIdManagerCredentials {
  [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
  struct CREDENTIAL {
    public int Flags; public int Type; public string TargetName; public string Comment;
    public System.Runtime.InteropServices.ComTypes.FILETIME LastWritten;
    public int CredentialBlobSize; public IntPtr CredentialBlob; public int Persist;
    public int AttributeCount; public IntPtr Attributes; public string TargetAlias; public string UserName;
  }
  [DllImport("advapi32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
  static extern bool CredWriteW(ref CREDENTIAL credential, int flags);
  [DllImport("advapi32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
  static extern bool CredReadW(string target, int type, int flags, out IntPtr credential);
  [DllImport("advapi32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
  static extern bool CredDeleteW(string target, int type, int flags);
  [DllImport("advapi32.dll")]
  static extern void CredFree(IntPtr buffer);

  public static int Write(string target, int type, int persist, string userName, byte[] blob) {
    var credential = new CREDENTIAL();
    credential.Type = type;
    credential.TargetName = target;
    credential.Persist = persist;
    credential.UserName = userName.Length == 0 ? null : userName;
    credential.CredentialBlobSize = blob.Length;
    credential.CredentialBlob = Marshal.AllocHGlobal(Math.Max(blob.Length, 1));
    try {
      Marshal.Copy(blob, 0, credential.CredentialBlob, blob.Length);
      return CredWriteW(ref credential, 0) ? 0 : Marshal.GetLastWin32Error();
    } finally {
      Marshal.Copy(new byte[blob.Length], 0, credential.CredentialBlob, blob.Length);
      Marshal.FreeHGlobal(credential.CredentialBlob);
    }
  }

  public static object[] Read(string target, int type) {
    IntPtr found;
    if (!CredReadW(target, type, 0, out found)) return new object[] { Marshal.GetLastWin32Error() };
    try {
      var credential = (CREDENTIAL)Marshal.PtrToStructure(found, typeof(CREDENTIAL));
      var blob = new byte[credential.CredentialBlobSize];
      Marshal.Copy(credential.CredentialBlob, blob, 0, blob.Length);
      return new object[] { 0, credential.TargetName, credential.Type, credential.Persist, credential.UserName ?? "", blob };
    } finally {
      CredFree(found);
    }
  }

  public static int Delete(string target, int type) {
    return CredDeleteW(target, type, 0) ? 0 : Marshal.GetLastWin32Error();
  }
}
'@
function Text([string]$base64) { [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($base64)) }
function Base64([string]$text) { [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($text)) }
$request = [Console]::In.ReadToEnd() | ConvertFrom-Json
$target = Text $request.targetName
$answer = @{ error = 0 }
switch ($request.op) {
  'write' { $answer.error = [AuthIdManagerCredentials]::Write($target, $request.type, $request.persist, (Text $request.userName), [Convert]::FromBase64String($request.blob)) }
  'read' {
    $found = [AuthIdManagerCredentials]::Read($target, $request.type)
    $answer.error = $found[0]
    if ($found[0] -eq 0) {
      $answer.credential = @{ targetName = (Base64 $found[1]); type = $found[2]; persist = $found[3]; userName = (Base64 $found[4]); blob = [Convert]::ToBase64String($found[5]) }
    }
  }
  'delete' { $answer.error = [AuthIdManagerCredentials]::Delete($target, $request.type) }
}
[Console]::Out.Write((ConvertTo-Json -Compress $answer))
`;
