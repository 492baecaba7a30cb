// The strict Apache Ant JUnit schema (ant-junit.xsd beside this file), checked by libxml2's
// xmllint compiled to WebAssembly, so it runs offline and with no system package.
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

const SCHEMA = { fileName: 'ant-junit.xsd', contents: readFileSync(new URL('./ant-junit.xsd', import.meta.url), 'utf8') };

/** The schema errors of `xml`; none when it is valid. */
export async function antJunitErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: { fileName: 'report.xml', contents: xml }, schema: SCHEMA });
  return result.errors.map((e) => e.rawMessage);
}
