/** Whether the text between `[` and `]` is an IPv6 address (an optional `%zone` after it). */
const GROUP = /^[0-9a-fA-F]{1,4}$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function parseIpv6Literal(text: string): boolean {
  const address = text.split('%')[0] ?? '';
  const halves = address.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((half) => (half === '' ? [] : half.split(':')));
  const all = groups.flat();
  const last = all[all.length - 1];
  const endsInIpv4 = last !== undefined && IPV4.test(last);
  const hexGroups = endsInIpv4 ? all.slice(0, -1) : all;
  if (!hexGroups.every((group) => GROUP.test(group))) return false;
  const count = hexGroups.length + (endsInIpv4 ? 2 : 0);
  return halves.length === 2 ? count <= 7 : count === 8;
}
