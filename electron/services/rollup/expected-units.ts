// The roll-up's list of expected units (`report-desk rollup --expected units.txt`), read from a text file in
// any encoding an office PC writes; its lines are read as core/unit-names.ts says.
import { parseExpectedUnits } from '../../../core/unit-names';
import { readTextFile } from '../../files/input-files';

export async function readExpectedUnits(file: string): Promise<string[]> {
  return parseExpectedUnits(await readTextFile(file));
}
