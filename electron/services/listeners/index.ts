// Change listeners: one helper for every service and app part that says "this changed".
export { createListenerSet, type ListenerSet } from './listener-set';
