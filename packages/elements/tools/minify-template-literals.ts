import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

interface Quasi extends Node {
  value: { raw: string };
}

/**
 * The JS minifier leaves template literals as written, so the elements would ship their `css`
 * and `html` templates with all their indentation and line breaks. This squeezes the static
 * text of the Lit templates of src/ (the way Lit's docs suggest for production), keeping
 * what the browser renders: CSS loses comments, line breaks and the spaces around `{`, `}`,
 * `;`, `,` and after `:`; HTML keeps one space wherever a run of whitespace held a line break
 * (collapsible whitespace renders as one space; no element uses `white-space: pre`). The
 * `${…}` holes are untouched.
 */
export function minifyTemplateLiterals(srcDir: string): Plugin {
  return {
    name: 'vae-minify-template-literals',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!id.startsWith(srcDir) || !/\b(?:css|html)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      visit(this.parse(code) as unknown as Node, (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node['tag'] as Node & { name?: string };
        const squeeze = tag.type === 'Identifier' ? SQUEEZERS[tag.name ?? ''] : undefined;
        if (!squeeze) return;
        for (const quasi of (node['quasi'] as { quasis: Quasi[] }).quasis) {
          // Only where the parser's offsets point at the raw text (else leave it as written).
          if (code.slice(quasi.start, quasi.end) !== quasi.value.raw) continue;
          edits.push({ start: quasi.start, end: quasi.end, text: squeeze(quasi.value.raw) });
        }
      });
      if (edits.length === 0) return null;
      let result = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, start) + text + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}

/** One static part of a `css` template (between two holes, or before/after them). */
export function squeezeCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/** One static part of an `html` template. */
export function squeezeHtml(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

const SQUEEZERS: Readonly<Record<string, (text: string) => string>> = {
  css: squeezeCss,
  html: squeezeHtml,
};

function visit(node: unknown, enter: (node: Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) visit(child, enter);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  if (typeof (node as Node).type === 'string') enter(node as Node);
  for (const value of Object.values(node)) {
    if (typeof value === 'object' && value !== null) visit(value, enter);
  }
}
