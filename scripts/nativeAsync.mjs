/**
 * Turns TypeScript's ES2015 async helper back into native async functions, for the packages the
 * bundle takes from node_modules (botbuilder and its family are compiled that way):
 *
 *   __awaiter(this, void 0, void 0, function* () { const x = yield f(); return x; })
 *   (async () => { const x = await (f()); return x; })()
 *
 * Why: every __awaiter call makes a new generator function, and V8 gives each generator function its
 * own object map and prototype, allocated in the old generation. From there they keep the function,
 * and through its closure the whole bot turn, alive through every young-generation collection until
 * the next full one. A botbuilder turn promoted about 30 KB a message that way (the benchmark's GC
 * trace); native async functions have no prototype and leave nothing behind.
 *
 * A call is rewritten only when the result means the same: `this` passed as itself (or not used),
 * the native Promise, the generator's own `arguments`, `yield*`, `new.target` and name unused. Every
 * other call is left as it is. Each `yield x` becomes `await (x)`, so precedence cannot change.
 */
import { parse } from 'acorn';

const isVoid0 = (n) => n.type === 'UnaryExpression' && n.operator === 'void' && n.argument.type === 'Literal' && n.argument.value === 0;
const isUndefined = (n) => isVoid0(n) || (n.type === 'Identifier' && n.name === 'undefined');

/** `__awaiter`, `tslib_1.__awaiter` or `(0, tslib_1.__awaiter)`. */
function isAwaiter(callee) {
  if (callee.type === 'SequenceExpression') return isAwaiter(callee.expressions.at(-1));
  if (callee.type === 'Identifier') return callee.name === '__awaiter';
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.name === '__awaiter';
}

/** What a function's own body uses that an arrow function would read from its parent instead. */
function ownUses() {
  return { thisUsed: false, argumentsUsed: false, newTarget: false, delegates: false, yields: [] };
}

/**
 * Walks the tree once, noting for every non-arrow function its yields and its own use of `this`,
 * `arguments`, `new.target` and `yield*`, and collecting the __awaiter calls.
 */
function survey(ast) {
  const uses = new Map();
  const calls = [];
  const walk = (node, fn, plainFn) => {
    if (!node || typeof node.type !== 'string') return;
    switch (node.type) {
      case 'FunctionExpression':
      case 'FunctionDeclaration':
        uses.set(node, ownUses());
        fn = node;
        plainFn = node;
        break;
      case 'ArrowFunctionExpression':
        fn = node;
        break;
      case 'YieldExpression':
        if (fn && uses.has(fn)) {
          uses.get(fn).yields.push(node);
          if (node.delegate) uses.get(fn).delegates = true;
        }
        break;
      case 'ThisExpression':
        if (plainFn) uses.get(plainFn).thisUsed = true;
        break;
      case 'Identifier':
        if (node.name === 'arguments' && plainFn) uses.get(plainFn).argumentsUsed = true;
        break;
      case 'MetaProperty':
        if (plainFn) uses.get(plainFn).newTarget = true;
        break;
      case 'CallExpression':
        if (isAwaiter(node.callee)) calls.push(node);
        break;
      default:
    }
    for (const key of Object.keys(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const child = node[key];
      if (Array.isArray(child)) for (const c of child) walk(c, fn, plainFn);
      else if (child && typeof child.type === 'string') walk(child, fn, plainFn);
    }
  };
  walk(ast, undefined, undefined);
  return { uses, calls };
}

/** The edits that rewrite one call, or undefined when the call must stay as it is. */
function rewrite(call, uses, code) {
  if (call.arguments.length !== 4) return undefined;
  const [self, args, promise, gen] = call.arguments;
  if (gen.type !== 'FunctionExpression' || !gen.generator || gen.async || gen.id) return undefined;
  const u = uses.get(gen);
  if (!u || u.argumentsUsed || u.newTarget || u.delegates) return undefined;
  if (!isUndefined(promise)) return undefined;
  if (!(self.type === 'ThisExpression' || (isUndefined(self) && !u.thisUsed))) return undefined;
  if (!(isUndefined(args) || (args.type === 'Identifier' && args.name === 'arguments'))) return undefined;
  const params = gen.params.length ? code.slice(gen.params[0].start, gen.params.at(-1).end) : '';
  const edits = [
    { start: call.start, end: gen.body.start, text: `(async (${params}) => ` },
    { start: gen.end, end: call.end, text: `)(${isUndefined(args) ? '' : '...arguments'})` },
  ];
  for (const y of u.yields) {
    if (code.slice(y.start, y.start + 5) !== 'yield') return undefined;
    if (y.argument) {
      // The keyword only: whatever stands between it and its operand (spaces, parentheses) stays.
      edits.push({ start: y.start, end: y.start + 5, text: 'await (' }, { start: y.end, end: y.end, text: ')' });
    } else {
      edits.push({ start: y.start, end: y.end, text: 'await void 0' });
    }
  }
  return edits;
}

function parseAny(code) {
  const options = { ecmaVersion: 'latest', allowHashBang: true, allowReturnOutsideFunction: true };
  try {
    return parse(code, { ...options, sourceType: 'script' });
  } catch {
    return parse(code, { ...options, sourceType: 'module' });
  }
}

/**
 * @param {string} code a script or module
 * @returns {{ code: string, raised: number, kept: number }} the code with every __awaiter call that
 *   can be rewritten as a native async function rewritten; how many were, and how many were not
 */
export function nativeAsync(code) {
  if (!code.includes('__awaiter')) return { code, raised: 0, kept: 0 };
  const { uses, calls } = survey(parseAny(code));
  const edits = [];
  let kept = 0;
  for (const call of calls) {
    const e = rewrite(call, uses, code);
    if (e) edits.push(...e);
    else kept += 1;
  }
  // From the end backwards, so earlier offsets still hold; an insertion at the end of a replaced
  // range comes after it in the text, so it goes first.
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = code;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { code: out, raised: calls.length - kept, kept };
}
