/**
 * Entry of embed.html: registers every element, then renders the one named by the URL.
 * Built as dist/embed.js beside dist/backprop-elements.js, which it imports.
 */
import '../all.js';
import { mountEmbed } from './embed-page.js';

const container = document.querySelector<HTMLElement>('main') ?? document.body;
mountEmbed(container);
