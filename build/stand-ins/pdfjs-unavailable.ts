// Stand-in for pdf.js in the installed app's main bundle, which runs `report-desk verify` for bin\report-desk.cmd
// (electron/shell/cli-launch.ts): pdf.js loads in Node only beside its native canvas package (@napi-rs/canvas,
// about 30 MB for Windows), which would take the packed app past its 50 MB. Loading it says so in one sentence.
import { AppError } from '../../core/errors';

throw new AppError('VERIFY_UNAVAILABLE');
