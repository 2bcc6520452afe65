// The product's promises (./scenarios/promises.ts) in Chromium; Firefox runs the same list in ./firefox/.
import { useDriver } from './drivers/use-driver';
import { productPromises } from './scenarios/promises';

productPromises(useDriver('chromium'));
