import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EVENT_NAMES, REQUEST_NAMES } from '../../../electron/ipc/channels';
import type { EventName, EventPayloads, RequestHandlers } from '../../../electron/ipc/contract';
import { dispatchRequest } from '../../../electron/ipc/dispatch-request';
import { recordOutput } from '../../fixtures/leak-check/secret-registry';
import { launchChromium } from '../../fixtures/chromium';
import { WatchedArray } from '../../fixtures/waits/watched-array';
import type { AppEvents } from './app-events';
import { installAuthIdsBridge, type BridgeConfig } from './authids-bridge-script';
import { leaseRendererSite } from './renderer-site';

export interface AppHostOptions {
  /** Reuse a running browser (each app gets its own context); otherwise one is launched and closed with the app. */
  readonly browser?: Browser;
  readonly colorScheme?: 'light' | 'dark';
  readonly viewport?: { readonly width: number; readonly height: number };
  /** The locale the window reports (navigator.languages, Intl's default); default en-US. */
  readonly locale?: string;
}

export interface RecordedCall {
  readonly name: string;
  readonly payload: unknown;
}

export interface AppHost {
  readonly page: Page;
  /** Every request the window made, in order, with its payload as main received it (and a way to wait for one). */
  readonly calls: WatchedArray<RecordedCall>;
  /** Pushes one of main's events to the window (as `webContents.send` would). */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): Promise<void>;
  /** CSP violations, page errors, console errors and handler crashes seen so far. */
  problems(): readonly string[];
  close(): Promise<void>;
}

const BRIDGE: BridgeConfig = {
  requestNames: REQUEST_NAMES,
  eventNames: EVENT_NAMES,
  invokeBinding: '__authidsHostInvoke',
  violationBinding: '__authidsHostCspViolation',
  hostEventType: 'authids-host-event',
};

/**
 * Chromium notes that a meta-tag CSP cannot carry frame-ancestors; the directive still holds
 * through the response header (here the test server's, in the app main's), so this is no violation.
 */
const IGNORED_CONSOLE = /directive 'frame-ancestors' is ignored when delivered via a <meta> element/;

/**
 * Opens the window in Chromium with `window.authids` routed to `handlers` in this process:
 * payloads are structured-cloned both ways and validated by the contract's schemas, exactly
 * as main's IPC layer does; whatever `events` emits reaches the window's `on()` listeners.
 */
export async function openApp(handlers: RequestHandlers, events: Pick<AppEvents, 'subscribe'>, options: AppHostOptions = {}): Promise<AppHost> {
  const site = await leaseRendererSite();
  try {
    const host = await openWindow(site.url, handlers, events, options);
    return {
      ...host,
      close: async () => {
        try {
          await host.close();
        } finally {
          await site.release();
        }
      },
    };
  } catch (error) {
    await site.release();
    throw error;
  }
}

async function openWindow(url: string, handlers: RequestHandlers, events: Pick<AppEvents, 'subscribe'>, options: AppHostOptions): Promise<AppHost> {
  const browser = options.browser ?? (await launchChromium());
  const context: BrowserContext = await browser.newContext({
    viewport: options.viewport ?? { width: 420, height: 640 },
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? 'en-US',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  // Fail fast with Playwright's own message rather than at the test runner's timeout.
  page.setDefaultTimeout(10_000);
  const calls = new WatchedArray<RecordedCall>();
  const problems: string[] = [];

  await page.exposeBinding(BRIDGE.invokeBinding, async (_source, name: string, payload: unknown) => {
    const received = structuredClone(payload);
    calls.push({ name, payload: received });
    const envelope = await dispatchRequest(handlers, name, received, (error) =>
      problems.push(`Handler "${name}" crashed: ${error instanceof Error ? error.message : String(error)}`),
    );
    if (!envelope.ok) recordOutput(envelope.error.message);
    return structuredClone(envelope);
  });
  await page.exposeBinding(BRIDGE.violationBinding, (_source, report: string) => {
    problems.push(`CSP violation: ${report}`);
  });
  await page.addInitScript(installAuthIdsBridge, BRIDGE);
  page.on('pageerror', (error) => problems.push(`Page error: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    recordOutput(text);
    if (IGNORED_CONSOLE.test(text)) return;
    if (message.type() === 'error' || /Refused to/.test(text)) problems.push(`Console ${message.type()}: ${text}`);
  });

  // Events are delivered one at a time, in the order they were emitted, and only once the app's
  // page has loaded: evaluated during the navigation, one would die with the blank page before it.
  let pageLoaded: () => void = () => undefined;
  let delivery = new Promise<void>((resolve) => (pageLoaded = resolve));
  let closed = false;
  const emit = <E extends EventName>(event: E, payload: EventPayloads[E]): Promise<void> => {
    const cloned = structuredClone(payload);
    delivery = delivery.then(async () => {
      if (closed) return;
      await page
        .evaluate(
          ({ type, name, payload: detail }) => window.dispatchEvent(new CustomEvent(type, { detail: { name, payload: detail } })),
          { type: BRIDGE.hostEventType, name: event as string, payload: cloned as unknown },
        )
        .catch((error: unknown) => {
          if (!closed) problems.push(`Event "${event}" not delivered: ${String(error)}`);
        });
    });
    return delivery;
  };
  const unsubscribe = events.subscribe((event, payload) => void emit(event, payload));

  try {
    await page.goto(`${url}index.html`);
  } finally {
    pageLoaded();
  }
  await page.locator('h1').first().waitFor();

  return {
    page,
    calls,
    emit,
    problems: () => [...problems],
    close: async () => {
      closed = true;
      unsubscribe();
      await context.close();
      if (!options.browser) await browser.close();
    },
  };
}
