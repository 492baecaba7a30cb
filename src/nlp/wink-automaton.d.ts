// wink-nlp's pattern machine (src/automaton.js), which its readDoc runs for sentiment and
// negation: evenhand runs the model's own machines with it on tokens it already has.
declare module 'wink-nlp/src/automaton.js' {
  interface Machine {
    importJSON(json: string): void;
    /** Matches as [first token, last token, name of the pattern]. */
    recognize(tokens: ArrayLike<number | string>): Array<[number, number, string]>;
  }
  function simpleFSM(cache: { lookup(text: string): Array<number | string> }): Machine;
  export default simpleFSM;
}
