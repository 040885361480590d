import { eagerWrappers } from '../../scripts/vite-plugins.ts';

/**
 * rolldown's CommonJS wrappers (React DOM, React, the scheduler) become parenthesised
 * function expressions, which V8 compiles while the script streams in; nothing else changes.
 */
const WRAPPED = [
  'var require_scheduler_production = /* @__PURE__ */ __commonJSMin(((exports) => {',
  '\tfunction push(heap, node) { heap.push(node); }',
  '\texports.unstable_now = () => 1;',
  '}));',
  'var require_scheduler = /* @__PURE__ */ __commonJSMin(((exports, module) => {',
  '\tmodule.exports = require_scheduler_production();',
  '}));',
  'const keep = list.map(((x) => x + 1));',
].join('\n');

describe('eagerWrappers', () => {
  it('turns each CommonJS wrapper into a function expression, and counts them', () => {
    const { code, wrappers } = eagerWrappers(WRAPPED);
    expect(wrappers).toBe(2);
    expect(code).toContain('__commonJSMin((function(exports) {');
    expect(code).toContain('__commonJSMin((function(exports, module) {');
    expect(code).not.toContain('=> {\n\tfunction push');
    // Any other parenthesised arrow function is left as it is (its `this` is the outer one).
    expect(code).toContain('list.map(((x) => x + 1))');
  });

  it('the rewritten wrappers run as before', () => {
    const { code } = eagerWrappers(WRAPPED);
    const run = (src: string) =>
      new Function(
        `'use strict';
        const __commonJSMin = (cb, mod) => () => (mod || cb((mod = { exports: {} }).exports, mod), mod.exports);
        const list = [1];
        ${src}
        return [require_scheduler().unstable_now(), keep];`,
      )() as unknown;
    expect(run(code)).toEqual(run(WRAPPED));
    expect(run(code)).toEqual([1, [2]]);
  });

  it('code with no wrapper is returned unchanged', () => {
    const plain = 'export const a = ((b) => { return b; });';
    expect(eagerWrappers(plain)).toEqual({ code: plain, wrappers: 0 });
  });
});
