/** reqs-pizza-auth: an example third-party auth scheme for reqs, depending on @reqs/core alone. */
export { PizzaAuth } from './pizza-auth.js';
