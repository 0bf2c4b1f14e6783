// Title lexicon with structure: jurisdiction (省 / 市 / 金华市 / 全国), organ (市委, 人大常委会, 纪委…) and post (书记, 常务副市长…).
import { sortLongestFirst } from './words.ts';

/** Posts, longest first so the regex prefers 常务副市长 to 副市长 to 市长. */
export const POSTS: readonly string[] = sortLongestFirst([
  // party and state
  '总书记', '书记', '副书记', '常委', '委员', '党组书记', '党组副书记', '党委书记', '党委副书记', '党工委书记', '党工委副书记',
  '省长', '副省长', '常务副省长', '市长', '副市长', '常务副市长', '县长', '副县长', '常务副县长', '区长', '副区长', '常务副区长',
  '州长', '副州长', '镇长', '副镇长', '乡长', '副乡长', '村长', '村主任', '街道主任',
  '主席', '副主席', '常务副主席', '主任', '副主任', '常务副主任', '委员长', '副委员长', '秘书长', '副秘书长',
  '部长', '副部长', '厅长', '副厅长', '局长', '副局长', '常务副局长', '处长', '副处长', '科长', '副科长', '主任科员',
  '调研员', '巡视员', '督学', '总理', '副总理', '国务委员', '纪检组长', '纪工委书记', '监察专员',
  // courts, procuratorates, army
  '院长', '副院长', '检察长', '副检察长', '庭长', '副庭长', '审判员', '检察官', '政委', '副政委', '司令员', '参谋长', '团长', '师长',
  // institutions and enterprises
  '校长', '副校长', '园长', '所长', '副所长', '站长', '场长', '厂长', '社长', '总编辑', '副总编辑', '主编', '台长',
  '董事长', '副董事长', '董事', '总经理', '副总经理', '经理', '总裁', '副总裁', '首席执行官', '总工程师', '总经济师', '总会计师', '总监',
  '会长', '副会长', '理事长', '副理事长', '执行会长', '党支部书记', '支部书记',
  // press
  '首席记者', '记者', '通讯员',
  // roles printed before names like posts
  '辅警', '民警', '交警', '医生', '教师', '律师', '代表',
]);

/** Bodies whose posts make a title together with them (`市委` + `常委`, `市人大常委会` + `主任`). */
export const ORGANS: readonly string[] = sortLongestFirst([
  '委', '委常委会', '党委', '党工委', '纪委', '监委', '纪委监委', '政府', '人民政府', '人大常委会', '人大', '政协', '政法委', '组织部', '宣传部', '统战部',
  '人武部', '编委', '团委', '工委', '常委会', '管委会', '人民法院', '法院', '中级人民法院', '人民检察院', '检察院', '公安局',
  '委组织部', '委宣传部', '委统战部', '委政法委', '委办', '政府办', '委党校', '总工会', '妇联', '工商联', '科协', '残联', '团市委', '办事处',
]);

/** Administrative levels a jurisdiction ends with, and the bare ones a county paper uses for itself (`市` = 永康市). */
export const LEVELS = ['省', '市', '县', '区', '州', '镇', '乡', '街道', '村', '自治区', '自治州', '自治县', '旗', '盟'] as const;
export const NATIONAL = ['全国', '中央', '国家', '国务院'] as const;

/** Characters that can start a named place only by accident (我市, 本县, 全省, 各区, 该镇). */
export const NOT_PLACE_START = new Set(Array.from('我本全各该两外此其每贵他'));
