// Bundled into the weapp app (see index.js): the runtime's component declarations
// must list the same attributes as the templates, or their short aliases differ.
import { mergeInternalComponents } from '@tarojs/shared';
import aria from './attributes.json';

const { attributes, components } = aria;

const patch = {};
for (const name of components) patch[name] = Object.fromEntries(attributes.map((a) => [a, '']));
mergeInternalComponents(patch);
