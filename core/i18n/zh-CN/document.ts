// Labels that print in the report itself (PDF, preview, plain text).
export default {
  defaultTitle: '{{organisation}}{{year}}年法治政府建设情况报告',
  recipientSuffix: '：',
  draftWatermark: '草稿',
} as const;
