/** The port to the desktop's notifications. */
export interface Notice {
  readonly title: string;
  readonly body: string;
  /** A button label where the platform shows buttons (macOS); clicking the notice does the same. */
  readonly actionLabel?: string;
  readonly onClick?: () => void;
}

export interface Notifier {
  show(notice: Notice): void;
}
