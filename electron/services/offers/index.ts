// What each configured AuthID server offers, from its own index page.
export { createProviderOffers, type ProviderOffers, type ProviderOffersDeps } from './provider-offers';
