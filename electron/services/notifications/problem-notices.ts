/**
 * Tells the user about problems the refresher finds: once when an AuthID enters a problem, not
 * on every retry. A record that recovers (healthy, or freshly re-authorized and not yet checked)
 * can warn again later; "rate-limited" is the refresher backing off, so it neither warns nor ends
 * a problem. The first look after start-up warns about problems that already exist: the app may
 * have started hidden at login, and the tray icon alone is easy to miss.
 */
import type { CheckView, Health } from '../authids';
import type { Notice, Notifier } from './notifier';
import { noticeBody, noticeTitle, quoted } from './notice-text';

type Warned = 'revoked' | 'needs-reauthorization' | 'needs-attention';

/** What a notice needs of a record; the window's record views have it. */
interface NoticedRecord {
  readonly id: string;
  readonly label: string;
  readonly health: Health;
  readonly lastCheck?: Pick<CheckView, 'reason'>;
}

export interface ProblemNoticesDeps {
  readonly notifier: Notifier;
  /** Open the window at a record (or at the list, for several). */
  readonly openRecord: (id: string | undefined) => void;
}

export interface ProblemNotices {
  /** Call with every state change of the vault. */
  observe(records: readonly NoticedRecord[]): void;
}

export function createProblemNotices(deps: ProblemNoticesDeps): ProblemNotices {
  const warned = new Map<string, Warned>();
  return {
    observe(records) {
      const fresh: { record: NoticedRecord; problem: Warned }[] = [];
      for (const record of records) {
        const { health } = record;
        if (health === 'rate-limited') continue;
        if (health === 'healthy' || health === 'not-checked') {
          warned.delete(record.id);
        } else if (warned.get(record.id) !== health) {
          warned.set(record.id, health);
          fresh.push({ record, problem: health });
        }
      }
      const present = new Set(records.map((r) => r.id));
      for (const id of warned.keys()) if (!present.has(id)) warned.delete(id);

      const [first] = fresh;
      if (fresh.length === 1 && first) deps.notifier.show(singleNotice(first.record, first.problem, deps.openRecord));
      else if (fresh.length > 1) deps.notifier.show(groupNotice(fresh.map((f) => f.record), deps.openRecord));
    },
  };
}

const WORDS: Record<Warned, { title: string; consequence: string; action: string }> = {
  revoked: { title: 'was revoked', consequence: 'Backups that use it will fail until you authorize again.', action: 'Re-authorize' },
  'needs-reauthorization': { title: 'needs re-authorization', consequence: 'Backups that use it will fail until you sign in again.', action: 'Re-authorize' },
  'needs-attention': { title: 'needs attention', consequence: 'The last check did not succeed.', action: 'Open' },
};

function singleNotice(record: NoticedRecord, problem: Warned, open: (id: string | undefined) => void): Notice {
  const words = WORDS[problem];
  const reason = record.lastCheck?.reason;
  return {
    title: noticeTitle(`${quoted(record.label)} ${words.title}`),
    body: noticeBody(reason ? `${reason} ${words.consequence}` : words.consequence),
    actionLabel: words.action,
    onClick: () => open(record.id),
  };
}

function groupNotice(records: readonly NoticedRecord[], open: (id: string | undefined) => void): Notice {
  const named = records.slice(0, 3).map((r) => quoted(r.label));
  const more = records.length - named.length;
  return {
    title: noticeTitle(`${records.length} AuthIDs need your attention`),
    body: noticeBody(`${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}. Open AuthID Manager to see what happened.`),
    actionLabel: 'Open',
    onClick: () => open(undefined),
  };
}
