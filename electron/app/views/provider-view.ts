/** The provider catalogue as the window and tray show it: one entry per provider, grouped by server. */
import type { ProviderGroupView, ProviderOptionView, ProviderView } from '../../ipc/views';
import { backendForProvider, deauthorizePagesFor, getProvider, providersForServer, type OptionSpec, type ProviderId, type ProviderSpec } from '../../services/providers';
import type { AuthIdServer, ServerFlavour } from '../../services/servers';
import { serverView } from './server-view';

function optionView(spec: OptionSpec): ProviderOptionView {
  return {
    name: spec.name,
    label: spec.label,
    help: spec.help,
    kind: spec.kind,
    required: spec.required,
    ...(spec.oneOfGroup === undefined ? {} : { oneOfGroup: spec.oneOfGroup }),
    ...(spec.defaultValue === undefined ? {} : { defaultValue: spec.defaultValue }),
    ...(spec.choices === undefined ? {} : { choices: spec.choices.map((c) => ({ ...c })) }),
    ...(spec.advanced === true ? { advanced: true } : {}),
  };
}

/** pCloud's region host is part of the URL's path, not a query option: it is a field of its own, `host`. */
function providerView(spec: ProviderSpec): ProviderView {
  const backend = backendForProvider(spec.id);
  // Secret options (a service account key) are never written into a URL, so the builder does not offer them.
  const options = backend === null ? [] : backend.options.filter((o) => o.secret !== true);
  return {
    id: spec.id,
    name: spec.name,
    note: spec.note,
    legacy: spec.legacy,
    loginStyle: spec.loginStyle,
    scheme: backend?.scheme ?? spec.id,
    pathHelp: backend?.pathHelp ?? '',
    ...(backend?.host === undefined ? {} : { host: optionView(backend.host) }),
    options: options.map(optionView),
    deauthorizeUrls: deauthorizePagesFor(spec.id).map((page) => page.url),
  };
}

export function providerViewFor(id: ProviderId): ProviderView {
  return providerView(getProvider(id));
}

/**
 * Which server a provider's login goes to when the user does not pick one: a server the user set
 * up (built into the app, then their own) over the hosted ones, and Duplicati's default hosted
 * handler (its URLs need no oauth-url) over the newer service.
 */
const SERVER_PREFERENCE: Readonly<Record<ServerFlavour, number>> = { 'built-in': 0, 'self-hosted': 1, 'hosted-handler': 2, 'hosted-service': 3 };

/**
 * Each server with the catalogue's providers for its kind, narrowed to what it offers: the
 * providers a server runs with where the app knows them (the built-in server), else what the
 * server's own index offers once that is known (`offered` answers undefined until then). The
 * built-in server while it runs no provider is left out. Servers come in the order of preference,
 * so the first one offering a provider is the one to recommend for it.
 */
export function providerGroups(servers: readonly AuthIdServer[], offered: (server: AuthIdServer) => readonly ProviderId[] | undefined = () => undefined): ProviderGroupView[] {
  const preferred = [...servers].sort((a, b) => SERVER_PREFERENCE[a.flavour] - SERVER_PREFERENCE[b.flavour]);
  return preferred.flatMap((server) => {
    const offers = server.offers ?? offered(server);
    const catalogue = providersForServer(server.flavour);
    const providers = offers === undefined ? catalogue : catalogue.filter((provider) => offers.includes(provider.id));
    return server.offers !== undefined && providers.length === 0 ? [] : [{ server: serverView(server), providers: providers.map(providerView) }];
  });
}
