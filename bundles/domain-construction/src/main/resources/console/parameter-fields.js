// A 危大工程 category's parameters as form items (numbers with their unit, 是/否 switches, selects), shared by the
// calculator (危大工程判定) and the project page's 登记危大工程 dialog. Placed inside the caller's el-form; the values
// object is the caller's (reactive, keyed by parameter name), and so are the errors shown at each item. Console API 1.0.
import { computed } from 'vue';
import { PARAMETERS, optionsOf } from './labels.js';

/** A category's starting values: booleans false, enums their default, numbers empty. */
export function initialParameters(category) {
  const values = {};
  for (const p of PARAMETERS[category] || []) values[p.name] = p.type === 'boolean' ? false : p.type === 'enum' ? p.initial : null;
  return values;
}

/** Replaces the values of the form with a category's starting values (the object stays the same reactive one). */
export function resetParameters(values, category) {
  for (const k of Object.keys(values)) delete values[k];
  Object.assign(values, initialParameters(category));
}

/** The `parameters` of a request body: booleans always, numbers and enums when filled in. */
export function parametersBody(category, values) {
  const body = {};
  for (const p of PARAMETERS[category] || []) {
    const v = values[p.name];
    if (p.type === 'boolean') body[p.name] = Boolean(v);
    else if (v !== null && v !== undefined && v !== '') body[p.name] = p.type === 'number' ? Number(v) : v;
  }
  return body;
}

/** The required parameters of a category left empty. */
export function missingParameters(category, values) {
  return (PARAMETERS[category] || []).filter((p) => p.required && p.type !== 'boolean'
    && (values[p.name] === null || values[p.name] === undefined || values[p.name] === ''));
}

/** What a missing parameter's item says. */
export function missingMessage(p) {
  return (p.type === 'enum' ? '请选择' : '请填写') + p.label;
}

export default {
  name: 'ConstructionParameterFields',
  props: {
    category: { type: String, default: null },
    values: { type: Object, required: true },
    errors: { type: Object, default: () => ({}) },
  },
  emits: ['change'],
  setup(props, { emit }) {
    const parameters = computed(() => PARAMETERS[props.category] || []);
    return { parameters, optionsOf, changed: (name) => emit('change', name) };
  },
  template: `
    <el-form-item v-for="p in parameters" :key="category + '.' + p.name" :label="p.type === 'number' ? p.label + '（' + p.unit + '）' : p.label"
                  :required="p.required" :error="errors[p.name] || ''">
      <div v-if="p.type === 'number'" class="ct-field">
        <el-input-number v-model="values[p.name]" :min="p.min === null ? undefined : p.min" :step="1" controls-position="right"
                         :aria-label="p.label + '（' + p.unit + '）'" :placeholder="p.required ? '必填' : '可不填'" style="width: 200px"
                         @change="changed(p.name)" />
        <span class="ct-unit">{{ p.unit }}</span>
      </div>
      <el-switch v-else-if="p.type === 'boolean'" v-model="values[p.name]" :aria-label="p.label" active-text="是" inactive-text="否"
                 @change="changed(p.name)" />
      <el-select v-else v-model="values[p.name]" :aria-label="p.label" :clearable="!p.required && p.initial === null"
                 :placeholder="'选择' + p.label" style="width: 260px" @change="changed(p.name)">
        <el-option v-for="o in optionsOf(p.options)" :key="o.value" :label="o.label" :value="o.value" />
      </el-select>
    </el-form-item>`,
};
