export const editorEn = {};
