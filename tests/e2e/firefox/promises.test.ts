// The product's promises (../scenarios/promises.ts) in Firefox; Chromium runs the same list in ../promises.test.ts.
import { useDriver } from '../drivers/use-driver';
import { productPromises } from '../scenarios/promises';

productPromises(useDriver('firefox'));
