// The office's time zone as the adapters read it (the CLI for each command, the shell's menu): the zone the data
// folder's settings name, else the machine's. The adapters reach the settings file only through the services.
export { officeTimeZoneOf } from '../store/settings-file';
