// Context words: what may stand right after a person's name, and what may stand right before a name, title or body.

/** An officer's rank, printed after his name (海军副参谋长赵国钧少将, 周子玉上将今晚会见). */
export const MILITARY_RANKS: readonly string[] = ['上将', '中将', '少将', '大校', '上校', '中校', '少校'];

/**
 * Verbs of political news no name holds: a tagger span across one (京会见巴西) is two spans run together, and no
 * department's name runs over one (台盟中央机关会见中共重庆市委常委: 台盟中央's 机关, then the verb).
 */
export const REPORTING_VERBS: readonly string[] = [
  '会见', '会谈', '会晤', '接见', '出席', '列席', '主持', '通电话', '陪同', '视察', '致辞', '拜会', '拜访',
  // An oath taken or overseen (石迎军市长监誓: no name after the post).
  '宣誓', '监誓', '领誓',
];

/** Verbs and particles that follow a name in news prose (`金政调研`, `张新宇一行`, `胡积合参加`). Longest first. */
export const AFTER_NAME: readonly string[] = sortLongestFirst([
  '主持召开', '主持', '调研', '强调', '指出', '表示', '要求', '参加', '出席', '陪同', '一行', '讲话', '带队', '带领', '率队', '率领',
  '走访', '来到', '前往', '深入', '听取', '会见', '看望', '慰问', '考察', '督查', '检查', '认为', '希望', '介绍', '提出', '回应', '感谢',
  '寄语', '点赞', '鼓励', '致辞', '宣布', '现任', '担任', '当选', '先后', '同志', '指导', '主讲', '发表', '签署', '批示', '致以', '作出',
  '对此', '个人', '来', '仔细', '亲切', '详细', '代表', '分别', '随后', '列席', '会同', '一起', '一同', '一道', '等人', '等',
  '随同', '随行',
  // With the spouse along (大使赵进军携夫人钱卫参赞出席; not 长沙舰携舰载直升机).
  '携夫人', '偕夫人',
  // A call paid (总领事陈泳拜会长崎市市长: 拜 no part of the name; 大使吴江浩往见…).
  '拜会', '拜访', '往见',
  // An address by its occasion (副省长胡云致推介辞: 致 no part of the name).
  ...['欢迎', '开幕', '闭幕', '推介', '悼', '贺', '答谢', '祝酒'].flatMap((kind) => ['词', '辞'].map((noun) => `致${kind}${noun}`)),
  '说', '赴', '到', '在', '对', '与', '和',
  '及', '是', '为', '向', '也', '亦', '就', '还', '则', '率', '作', '给', '同', '任', '曾', '已', '将', '都', '均', '被', '从', '于', '以',
  // national and diplomatic news: meetings, calls, letters, visits, and the time words that follow a leader's name
  '举行', '通电话', '致电', '致函', '致信', '复信', '致贺信', '抵达', '访华', '访问', '会谈', '会晤', '接见', '共同', '夫妇', '汇报',
  '会面', '见面',
  '参与',
  '今天', '昨天', '当天', '明天', '日前', '近日', '此前', '上午', '下午', '晚上', '当地时间', '应邀', '应约', '专程', '首先',
  // (…司长苗得雨，前日在北京同…: the day in the written word.)
  '昨日', '今日', '前日', '当日',
  '发言', '围绕', '宣读', '解读', '常委', '委员', '巡视', '参观', '察看', '观看', '点燃',
  // where he did it (黄坤明现场宣读了…贺信)
  '现场',
  // what a deputy is busy with (刘庆忙着走访调研…)
  '忙着', '忙于',
  // military ranks printed after an officer's name (海军副参谋长赵国钧少将)
  ...MILITARY_RANKS,
  // commissioned to report (潘功胜受国务院委托作的…报告)
  '受',
]);

/**
 * One-character words that follow a name and end no given name in the annotated corpora's names: a name the tagger
 * read on into one (郭菲称, 黄德时, 德尔维齐奥共打入) ends before it. 为 ends given names too (朱有为, 闫大为): it is cut
 * only from four characters or more (庄际昌为谢孟所提). Not 和 (魏凤和), 向, 均, 同, which given names end in, nor 都,
 * which ends a part of a transliteration (阿不都).
 */
export const RUN_ON_AFTER_NAME: ReadonlySet<string> = new Set(Array.from('说称等是在对与及也就还则将被从于以的了把所时为共既率'));

/**
 * Where a foreign name ends besides AFTER_NAME's words of two or more characters (a foreign name has no surname to
 * measure it by, so it runs on to one of these): particles, and words that follow a head of state's name. AFTER_NAME's
 * single characters are here except 来, 任, 曾, 都, 均, which stand inside transliterations (阿不来提, 阿不都热西提).
 */
export const FOREIGN_NAME_ENDS: readonly string[] = sortLongestFirst([
  '在', '和', '与', '同', '对', '向', '将', '就', '也', '已', '等', '说', '是', '为', '于', '从', '被', '把', '给', '及', '赴', '到',
  '还', '则', '率', '作', '以', '的', '并', '称', '致', '互致', '时', '亦', '辞', '受', '既', '即将', '上任', '不在', '不会', '不能', '不是',
  '不再', '宣称', '声称', '证实', '承认', '坦言', '透露', '警告', '重申', '宣誓', '贺信', '贺电', '来信', '口信', '夫人', '政府',
  '当局', '先生', '女士', '阁下', '一职', '任内', '执政', '大选', '竞选', '选举', '候选人',
  // time words after a name (…克里沃鲁奇科前几天宣布)
  '前几天', '前不久', '前些天', '前天',
]);

/** An invitation opening a clause (应荷兰政府邀请，, 应摩洛哥众议长阿拉米邀请，): who invited does nothing in it. */
export const INVITATION = /应[^，,。；\n]{1,40}邀请[，,]/;

/** A day of the week or a time of day where a name might stand is when, not who (若斯潘总理周二晚表示: no 周). */
export const TIME_START = /^(?:周[一二三四五六日末]|星期|今天|昨天|明天|当天|上午|下午|晚上|日前|近日)/;

/** What one comes to a place to do, right after it: 来 opening a place then, no name (王家扬一行6人来庆元视察). */
export const COME_TO_DO = /^(?:视察|考察|调研|检查|督查|参观|指导|慰问|走访|访问|出席|参加)/;

/** Strong subset: a surname-initial word followed by one of these is a name even without a title before it. */
export const NAME_VERBS: readonly string[] = sortLongestFirst([
  '主持召开', '主持', '强调', '指出', '表示', '认为', '介绍', '一行', '同志', '说', '要求', '调研', '带队', '率队', '出席', '陪同', '讲话', '致辞',
  // Those present at talks (李子罡会见时在座, 王毅参加会见).
  '参加会见', '参加会谈', '会见时在座', '会谈时在座', '会面时在座', '会晤时在座',
  // A journey made for the purpose (习近平专程奔赴陕西地震灾区).
  ...['赴', '到', '来', '来到', '前往', '赶赴', '奔赴', '赶到', '看望'].map((verb) => `专程${verb}`),
]);

/**
 * Courtesies printed after a name (弗舍尔女士, 克林顿先生, 陛下, 阮富仲夫妇, 县法院张振宝同志、副院长王宅华): none of the
 * name, and a list goes on after them.
 */
export const COURTESIES_AFTER_NAME: readonly string[] = ['女士', '先生', '阁下', '陛下', '殿下', '夫妇', '同志'];

/**
 * Words that only a person's name stands right before (`毛泽东同志`, `恽代英烈士`, `上官建华先生`): they vouch for a name
 * inside running text (a surname alone before them is a word of address: `王先生`).
 */
export const VOUCHING_WORDS: readonly string[] = sortLongestFirst(['同志', '烈士', '先生', '女士', '老先生', '老同志']);

/** Characters after which a name, title or body may begin inside running Han text (`和金华市委…`, `在步阳集团`). */
export const LEFT_BOUNDARY = new Set(Array.from('和与及同跟对向在由是为任原现将把被给了着等以到往于从暨'));

/** Words that introduce a list of names (`市领导胡勇春、李浩锋`, `科技工作者代表应尚蛟、王伟`, `他们是：赵乐际、李鸿忠`). */
export const NAME_LIST_INTRO = new RegExp(
  // (光学系1980级校友薛其坤: an alumnus, named after his school's word for one.)
  '(?:领导人|领导|同志|代表|委员|嘉宾|人员|干部|专家|获得者|先进个人|负责人|记者|校友|(?:他们|她们|分别)是：' +
    // 出席会议的党外人士还有, 出席开幕式的国际贵宾有：
    '|(?:出席|参加|列席)[^，。；：的]{1,24}的[^，。；：的]{0,10}?(?:还|共)?有[：:]?' +
    // a transcript's speaker label (主持人 侯雄飞：)
    '|(?:^|\\n)主持人[ 　：:])$',
);

export function sortLongestFirst(a: string[]): string[] {
  return [...new Set(a)].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
}

/** The words of a list by the code unit they start (or end) with, in list order: the recognisers ask at every character. */
interface WordIndex {
  first: Map<number, string[]>;
  last: Map<number, string[]>;
}
/** Where a list keeps its index: a property of the list itself, read faster than a WeakMap keyed by it. */
const INDEX = Symbol('word index');
type IndexedList = readonly string[] & { [INDEX]?: WordIndex };

/** Keyed by code unit, not by one-character string, and built without a closure per call: half the time of that form. */
function indexOf(list: IndexedList): WordIndex {
  let index = list[INDEX];
  if (!index) {
    index = { first: new Map(), last: new Map() };
    for (const w of list) {
      push(index.first, w.charCodeAt(0), w);
      push(index.last, w.charCodeAt(w.length - 1), w);
    }
    Object.defineProperty(list, INDEX, { value: index });
  }
  return index;
}

function push(map: Map<number, string[]>, key: number, w: string): void {
  const words = map.get(key);
  if (words) words.push(w);
  else map.set(key, [w]);
}

/** The first word of `list` (longest first, as the lists are sorted) that `text` starts with at `i`, or undefined. */
export function wordAt(list: readonly string[], text: string, i: number): string | undefined {
  const candidates = indexOf(list).first.get(text.charCodeAt(i));
  if (!candidates) return undefined;
  for (let k = 0; k < candidates.length; k++) if (text.startsWith(candidates[k]!, i)) return candidates[k];
  return undefined;
}

/** The first word of `list` that ends `text` at `end` (exclusive), or undefined: `list.find((w) => text.endsWith(w, end))`. */
export function wordEndingAt(list: readonly string[], text: string, end: number): string | undefined {
  const candidates = indexOf(list).last.get(text.charCodeAt(end - 1));
  if (!candidates) return undefined;
  for (let k = 0; k < candidates.length; k++) if (text.endsWith(candidates[k]!, end)) return candidates[k];
  return undefined;
}

/** Surnames that are far more often a verb or a function word at the start of a phrase (来永调研, 向全市, 全市): a name
 *  with one of them needs a title before it, not just a list word or a verb after it. */
export const WEAK_SURNAMES = new Set(Array.from('来向和于全时明平成安文国相常原那将但干信展智富由修战危利公居强海花门都计宣师应'));

/**
 * Words of address after a bare surname (胡老, 李大娘, 陈教授, 项市长, 郑某): the surname alone stands for a person. Kin
 * words and posts a reader uses to name someone already introduced, longest first.
 */
export const ADDRESS_AFTER_SURNAME: readonly string[] = sortLongestFirst([
  '老师', '先生', '女士', '小姐', '太太', '大娘', '大爷', '大妈', '大婶', '大姐', '大哥', '阿姨', '师傅', '老汉', '老板',
  '书记', '省长', '市长', '县长', '区长', '镇长', '乡长', '村长', '局长', '厂长', '校长', '院长', '所长', '队长',
  '主任', '主席', '总理', '外长', '部长', '司令', '委员长', '教授', '院士', '博士', '医生', '大夫', '经理', '董事长', '老', '某',
  // (徐大使陪同代表团会见…: an envoy, a body's head, by their posts of address.)
  '大使', '总领事', '会长', '行长', '厅长',
]);
/** Before a surname (老于, 小张): it names the person. */
export const ADDRESS_BEFORE_SURNAME = ['老', '小'];
/** What may follow 老于 / 小张 as a whole name: punctuation or a word that follows a subject. */
export const AFTER_SURNAME_NAME = new Set(Array.from('的还也说就是在又都和便却对把被给跟同与所已曾要能会到去来'));

/** What a document is called after its title in 《》 (《…》白皮书, 《…》报告): a kind, no name. */
const DOCUMENT_KINDS = /(?:书|报告|决议|宣言|公报|声明|纲要|条例|规划|方案)$/;

/** A word the text prints as a document's kind after its title (《…》白皮书), so no name wherever it stands. */
export function documentKind(text: string, word: string): boolean {
  return DOCUMENT_KINDS.test(word) && text.includes('》' + word);
}
