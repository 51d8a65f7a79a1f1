// The services' one clock and one timer port.
export { systemClock, systemTimers, type Clock, type Timers } from './time';
