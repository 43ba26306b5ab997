// The small module of @mozilla/readability (about 1 KB): importing it alone keeps the gate free of
// the full Readability parser. The package ships it as CommonJS with `module.exports = fn`.
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    document: Document,
    options?: {
      minContentLength?: number;
      minScore?: number;
      visibilityChecker?: (node: Node) => boolean;
    },
  ): boolean;
}
