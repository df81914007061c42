// 危大工程判定: a category's parameters in, the level (非危大 / 危大工程 / 超过一定规模的危大工程) out, with what it
// requires and the rules of 建办质〔2018〕31号 it rests on. A calculation of the API: nothing is stored. Console API 1.0.
import { ref, reactive, computed } from 'vue';
import { api, routeQuery } from '@anjian/console-sdk';
import { CATEGORY, LEVEL, PARAMETERS, STYLES, parameterOf, formatParameter, apiFieldProblem, optionsOf } from './labels.js';
import ParameterFields, { initialParameters, resetParameters, parametersBody } from './parameter-fields.js';

export const styles = STYLES;

export default {
  name: 'ConstructionDangerousWorkAssessment',
  components: { ParameterFields },
  setup() {
    const start = routeQuery().category;
    const category = ref(PARAMETERS[start] ? start : 'EXCAVATION');
    const values = reactive(initialParameters(category.value));
    const errors = reactive({});
    const problem = ref('');
    const result = ref(null);
    const busy = ref(false);
    const parameters = computed(() => PARAMETERS[category.value] || []);

    function clearErrors() {
      for (const k of Object.keys(errors)) delete errors[k];
      problem.value = '';
    }
    function changeCategory() {
      resetParameters(values, category.value);
      clearErrors();
      result.value = null;
    }

    async function assess() {
      clearErrors();
      const body = parametersBody(category.value, values);
      busy.value = true;
      try {
        result.value = await api('/domains/construction/dangerous-works/assessments', { method: 'POST', body: { category: category.value, parameters: body } });
      } catch (e) {
        result.value = null;
        const fields = ['category', ...parameters.value.map((p) => 'parameters.' + p.name)];
        const at = e.status === 400 ? apiFieldProblem(e, fields) : null;
        if (at && at.field === 'category') {
          problem.value = `工程类别：${at.message}`;
        } else if (at) {
          const name = at.field.slice('parameters.'.length);
          errors[name] = `${parameterOf(category.value, name).label}：${at.message}`;
          problem.value = '请按提示修改参数后重新判定';
        } else {
          // a parameter the form does not offer, or another problem: the API's message, with the field it names
          problem.value = '无法判定：' + (e.display || e.message);
        }
      } finally {
        busy.value = false;
      }
    }

    const parameterLabel = (name) => {
      const p = result.value && parameterOf(result.value.category, name);
      return p ? p.label : name || '—';
    };
    const show = (name, value) => formatParameter(result.value ? result.value.category : category.value, name, value);

    return {
      category, categories: optionsOf(CATEGORY), values, errors, problem, result, busy, parameters, changeCategory, assess, LEVEL,
      parameterLabel, show, clear: (name) => { delete errors[name]; },
    };
  },
  template: `
  <div class="ct-grid">
    <div class="ct-card">
      <h3>工程参数</h3>
      <el-form label-position="top" novalidate @submit.prevent="assess">
        <el-form-item label="工程类别" required>
          <el-select v-model="category" aria-label="工程类别" placeholder="选择工程类别" style="width: 100%" @change="changeCategory">
            <el-option v-for="c in categories" :key="c.value" :label="c.label" :value="c.value" />
          </el-select>
        </el-form-item>
        <p v-if="!parameters.length" class="ct-muted">该类别无需填写判定参数，直接点击“判定”。</p>
        <parameter-fields :category="category" :values="values" :errors="errors" @change="clear" />
        <el-button type="primary" native-type="submit" :loading="busy">判定</el-button>
      </el-form>
      <div v-if="problem" class="ct-error" role="alert">{{ problem }}</div>
    </div>

    <div class="ct-card">
      <h3>判定结果</h3>
      <el-empty v-if="!result" description="选择工程类别并填写参数后点击“判定”" :image-size="72" />
      <template v-else>
        <div class="ct-result-head" role="status">
          <span class="ct-muted">{{ result.categoryName }}</span>
          <span :class="['ct-tag', 'is-large', result.level]">{{ LEVEL[result.level] || result.level }}</span>
        </div>
        <h4 class="ct-section">管理要求</h4>
        <ol v-if="result.requirements && result.requirements.length" class="ct-requirements">
          <li v-for="r in result.requirements" :key="r.code">{{ r.text }}</li>
        </ol>
        <p v-else class="ct-muted">不属于危险性较大的分部分项工程，无专项管理要求</p>
        <h4 class="ct-section">判定依据</h4>
        <el-table :data="result.basis || []" border size="small">
          <template #empty>无适用的判定条款</template>
          <el-table-column prop="text" label="条款" min-width="240" />
          <el-table-column label="参数" min-width="120"><template #default="{ row }">{{ row.parameter ? parameterLabel(row.parameter) : '—' }}</template></el-table-column>
          <el-table-column label="取值" width="100"><template #default="{ row }">{{ show(row.parameter, row.value) }}</template></el-table-column>
          <el-table-column label="界限值" width="100"><template #default="{ row }">{{ show(row.parameter, row.threshold) }}</template></el-table-column>
          <el-table-column prop="source" label="出处" min-width="160" />
        </el-table>
      </template>
    </div>
  </div>`,
};
