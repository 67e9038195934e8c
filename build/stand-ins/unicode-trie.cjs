// Stand-in for `unicode-trie` in the bundled CLI: fontkit, linebreak and unicode-properties each build tries
// when they are loaded (inflating them costs ~60 ms of a cold export), yet a PDF export on the grid looks
// none of them up. Covers what they use, `new UnicodeTrie(bytes).get(codePoint)`: the real trie is built on
// the first lookup, from the same bytes.
let UnicodeTrie;

module.exports = class LazyUnicodeTrie {
  constructor(compressed) {
    this.compressed = compressed;
    this.trie = null;
  }

  get(codePoint) {
    this.trie ??= new (UnicodeTrie ??= require('real:unicode-trie'))(this.compressed);
    return this.trie.get(codePoint);
  }
};
