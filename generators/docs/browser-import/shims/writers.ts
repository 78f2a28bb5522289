/**
 * Stand-ins for what only the workbook writer uses (ExcelJS, node:stream): the importer imports the writer's
 * module for its sheet names, but never writes in the browser, so these are never called.
 */
const unavailable = () => {
  throw new Error('writing workbooks is not available in the browser');
};
export class PassThrough {
  constructor() {
    unavailable();
  }
}
export default { Workbook: unavailable, stream: { xlsx: { WorkbookWriter: unavailable } } };
