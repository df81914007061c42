// Tags for the platform's codes: risk colour (红橙黄蓝), hazard status, grade and supervision (督办/挂牌督办),
// with colours that keep their text readable (contrast 4.5:1 and more).
import { h } from 'vue';
import { label } from '../dict.js';

export const RISK_COLOURS = {
  RED: { fill: '#e03131', text: '#a51d1d', bg: '#fff0f0', border: '#f5b5b5' },
  ORANGE: { fill: '#f76707', text: '#9a3f00', bg: '#fff3e6', border: '#f9c48f' },
  YELLOW: { fill: '#f2c200', text: '#6e5200', bg: '#fff8d6', border: '#eed27a' },
  BLUE: { fill: '#1c7ed6', text: '#15538f', bg: '#e8f3ff', border: '#9fc8f0' },
};

const STATUS = {
  REGISTERED: { text: '#4a4f57', bg: '#f1f3f5', border: '#ced4da' },
  ASSIGNED: { text: '#15538f', bg: '#e8f3ff', border: '#9fc8f0' },
  RECTIFYING: { text: '#8a4b00', bg: '#fff3e0', border: '#f5c58a' },
  SUBMITTED: { text: '#5f3dc4', bg: '#f3f0ff', border: '#c7b9f5' },
  CLOSED: { text: '#1e6b33', bg: '#ebfbee', border: '#a7dfb4' },
};
const SUPERVISION = {
  NONE: null,
  SUPERVISED: { text: '#9a3f00', bg: '#fff3e6', border: '#f9c48f' },
  LISTED: { text: '#a51d1d', bg: '#fff0f0', border: '#f5b5b5' },
};
const GRADE = {
  GENERAL: { text: '#4a4f57', bg: '#f1f3f5', border: '#ced4da' },
  MAJOR: { text: '#a51d1d', bg: '#fff0f0', border: '#f5b5b5' },
};

function tag(style, text, extra = {}) {
  return h('span', {
    class: 'anjian-tag',
    style: { color: style.text, background: style.bg, borderColor: style.border },
    ...extra,
  }, text);
}

export const RiskTag = {
  name: 'RiskTag',
  props: { value: String, short: Boolean },
  setup(props) {
    return () => {
      const s = RISK_COLOURS[props.value];
      if (!s) return h('span');
      const text = props.short ? { RED: '红', ORANGE: '橙', YELLOW: '黄', BLUE: '蓝' }[props.value] : label('riskColour', props.value);
      return tag(s, [h('i', { class: 'anjian-tag__dot', style: { background: s.fill } }), text], { title: label('riskColour', props.value) });
    };
  },
};

export const HazardStatusTag = {
  name: 'HazardStatusTag',
  props: { value: String },
  setup(props) {
    return () => (STATUS[props.value] ? tag(STATUS[props.value], label('hazardStatus', props.value)) : h('span'));
  },
};

export const SupervisionTag = {
  name: 'SupervisionTag',
  props: { value: String },
  setup(props) {
    return () => (SUPERVISION[props.value] ? tag(SUPERVISION[props.value], label('supervision', props.value)) : h('span'));
  },
};

export const GradeTag = {
  name: 'GradeTag',
  props: { value: String },
  setup(props) {
    return () => (GRADE[props.value] ? tag(GRADE[props.value], label('hazardGrade', props.value)) : h('span'));
  },
};

/** Any dictionary's label as a neutral tag. */
export const DictTag = {
  name: 'DictTag',
  props: { dictionary: String, value: String },
  setup(props) {
    return () => (props.value ? tag(GRADE.GENERAL, label(props.dictionary, props.value)) : h('span'));
  },
};
