// The modules the console shares with the domain pages through its import map: one copy of each in the page.
export const SHARED = {
  vue: 'node_modules/vue/dist/vue.esm-browser.prod.js',
  'element-plus': 'node_modules/element-plus/dist/index.full.min.mjs',
  'element-plus/dist/locale/zh-cn.mjs': 'node_modules/element-plus/dist/locale/zh-cn.min.mjs',
  '@element-plus/icons-vue': 'node_modules/@element-plus/icons-vue/dist/index.js',
  echarts: 'node_modules/echarts/dist/echarts.esm.min.mjs',
};
export const SDK = '@anjian/console-sdk';
export const EXTERNAL = [...Object.keys(SHARED), SDK];
