import blocked from './blocked-words.json';
import type { ContentChecker, ImageToCheck, ImageVerdict, TextToCheck, TextVerdict } from '../../core/content-check';

/**
 * The local adapter: a word list (blocked-words.json) for text, type and size
 * rules for images. It answers at once (never "pending"). `inspect` reads a
 * stored image's facts where the runtime can (the local uploads folder); where
 * it cannot, only the path's type is checked.
 */
export interface ImageFacts {
  bytes: number;
  width: number;
  height: number;
}

export interface LocalRulesOptions {
  words?: string[];
  inspect?: (path: string) => Promise<ImageFacts | null>;
}

const IMAGE_PATH = /^(\/uploads\/[0-9a-f-]{36}\.jpg|cloud:\/\/\S+\.(jpe?g|png|webp|gif))$/i;
/** Smaller than this on either side is not a photo of anything (tracking pixels, blank images). */
export const MIN_EDGE_PX = 32;
export const MAX_BYTES = 10 * 1024 * 1024;

/** Folds full-width letters and spaces away, so "代 开 发 票" and "ＡＢ" are caught too. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u200b·.,，。*_-]+/g, '')
    .toLowerCase();
}

export function localRules(options: LocalRulesOptions = {}): ContentChecker {
  const words = (options.words ?? blocked.words).map(fold).filter(Boolean);
  return {
    name: 'local-rules',
    async checkText({ content }: TextToCheck): Promise<TextVerdict> {
      const folded = fold(content);
      const word = words.find((w) => folded.includes(w));
      return word ? { suggest: 'risky', label: 'word', word } : { suggest: 'pass' };
    },
    async checkImage({ path }: ImageToCheck): Promise<ImageVerdict> {
      if (!IMAGE_PATH.test(path)) return { status: 'risky', label: 'type' };
      const facts = options.inspect ? await options.inspect(path) : null;
      if (
        facts &&
        (facts.bytes <= 0 || facts.bytes > MAX_BYTES || facts.width < MIN_EDGE_PX || facts.height < MIN_EDGE_PX)
      )
        return { status: 'risky', label: 'size' };
      return { status: 'pass' };
    },
  };
}
