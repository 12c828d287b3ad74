/**
 * Seed data of 文化课堂 and its seeder seedCulture(), called by server/seed.ts.
 *
 * Facts from the source article: 15 online courses with 60 lessons in all
 * (dance 舞蹈, pastry 面点, calligraphy 书法, choir 合唱, tai chi 太极) delivered
 * by short video and WeChat; offline the "荟文化悦生活" culture market,
 * "文化进网格", a youth culture and arts festival, and "我们的节日" events with
 * partners such as 青岛二台; the 综合文化服务中心 of 宜昌路社区 and 瑞安路社区.
 *
 * DEMO DATA (invented, marked `demo: true`): every course title beyond the
 * five categories, every lesson, teacher, text and video, every session, venue
 * room, time and capacity, and every enrolment and the people behind them.
 * The videos are tiny generated clips in media/videos/ (a coloured frame with
 * a moving square and a tone, 4-5 s): lesson durations are those clips' real
 * lengths, so progress and the 90% rule work on them. In production set
 * CULTURE_VIDEO_FILEID_PREFIX to the CloudBase storage folder holding the same
 * files (cloud://<env>.<bucket>/culture/videos/) and lessons get fileIDs instead.
 * Times are relative to the moment of seeding, so the demo always has
 * sessions ahead, one nearly full, one full, and months of past attendance.
 */
import type { CategoryId, SessionBasics } from '../server/domain/culture/model';
import { PERSONAS } from './hudao';
import { RULE_TZ, dayjs, inShanghai } from '../server/core/time';
import type { DocumentStore } from '../server/store/port';
import { USERS, newUser, type UserDoc } from '../server/domain/account/users';
import { DEFAULT_OFFER_HOURS, checkinCode, emptyCounts, moveCount } from '../server/domain/culture/capacity';
import { emptyEnrolment } from '../server/domain/culture/ledger';
import {
  CULTURE_COURSES,
  CULTURE_ENROLMENTS,
  CULTURE_LESSONS,
  CULTURE_SESSIONS,
  CULTURE_WAITLIST,
  waitSlotId,
  type CourseDoc,
  type EnrolmentDoc,
  type HistoryEntry,
  type LessonDoc,
  type LessonProgress,
  type SessionDoc,
  type VideoRef,
  type WaitSlotDoc,
} from '../server/domain/culture/model';
import { courseProgress } from '../server/domain/culture/progress';
import type { EnrolmentState } from '../server/domain/culture/states';

/** The clips in media/videos/ and their real lengths in seconds. */
export const DEMO_VIDEOS: Record<
  'dance' | 'pastry' | 'calligraphy' | 'choir' | 'taichi',
  { file: string; seconds: number }
> = {
  dance: { file: 'dance.mp4', seconds: 5 },
  pastry: { file: 'pastry.mp4', seconds: 4 },
  calligraphy: { file: 'calligraphy.mp4', seconds: 5 },
  choir: { file: 'choir.mp4', seconds: 4 },
  taichi: { file: 'taichi.mp4', seconds: 5 },
};

export interface SeedLesson {
  title: string;
  text: string;
}

export interface SeedOnlineCourse {
  id: string;
  category: keyof typeof DEMO_VIDEOS;
  title: string;
  teacher: string;
  summary: string;
  lessons: SeedLesson[];
}

const L = (title: string, text: string): SeedLesson => ({ title, text });

/** DEMO: 15 online courses, 4 lessons each = 60 lessons. */
export const ONLINE_COURSES: SeedOnlineCourse[] = [
  {
    id: 'crs-dance-square',
    category: 'dance',
    title: '广场舞入门',
    teacher: '李秀兰',
    summary: '从热身和基本步伐学起，一套节奏舒缓的广场舞，跟着视频在家就能练。',
    lessons: [
      L('热身与基本步伐', '先活动肩、腰、膝，再练十字步和踏点步，动作幅度量力而行。'),
      L('分解动作（上）', '前八个八拍的手臂动作，先慢练，熟练后再配音乐。'),
      L('分解动作（下）', '后八个八拍和转身，注意转身时看准方向、脚下站稳。'),
      L('完整跟跳', '把整套动作连起来跟跳两遍，跳完做拉伸放松。'),
    ],
  },
  {
    id: 'crs-dance-yangge',
    category: 'dance',
    title: '胶州秧歌基础',
    teacher: '王凤英',
    summary: '山东三大秧歌之一，讲究“扭、抻、韧”，学几个基本动作，感受胶东民间舞的韵味。',
    lessons: [
      L('基本体态', '“三道弯”体态：头、胸、胯的配合，是胶州秧歌的根本。'),
      L('手绢花', '里挽花、外挽花和抖手绢，手腕放松，先慢后快。'),
      L('步法组合', '碎步、拧步和扭步的组合，注意重心在脚掌。'),
      L('小段落表演', '把体态、手绢花和步法合成一小段，配锣鼓点完成。'),
    ],
  },
  {
    id: 'crs-dance-seated',
    category: 'dance',
    title: '坐姿健身操（适合高龄长者）',
    teacher: '陈晓梅',
    summary: '坐在椅子上就能做的健身操，活动关节、促进循环，行动不便的长者也能跟练。',
    lessons: [
      L('肩颈放松', '耸肩、绕肩、缓慢转头，每个动作做四个八拍。'),
      L('上肢伸展', '双臂上举、侧平举和扩胸，配合呼吸，不要憋气。'),
      L('下肢激活', '坐姿抬腿、勾脚尖和踏步，膝盖有不适就减小幅度。'),
      L('整套练习', '跟着音乐完整做一遍，约十分钟，每天一次为宜。'),
    ],
  },
  {
    id: 'crs-pastry-jiaozi',
    category: 'pastry',
    title: '鲅鱼水饺',
    teacher: '孙桂芝',
    summary: '青岛人家的鲅鱼水饺：和面、调馅、擀皮、包捏、下锅，一步一步学。',
    lessons: [
      L('和面与醒面', '面粉加少许盐，温水分次加入，揉到“三光”后盖布醒二十分钟。'),
      L('鲅鱼馅调制', '鲅鱼去皮去刺剁成泥，分次打入花椒水，再加肥肉丁和韭菜。'),
      L('擀皮与包法', '中间厚、边缘薄的饺子皮，挤捏法包出肚大边窄的元宝饺。'),
      L('煮饺子的火候', '水开下锅，推动防粘，点两次凉水，饺子鼓起即可出锅。'),
    ],
  },
  {
    id: 'crs-pastry-huabobo',
    category: 'pastry',
    title: '胶东花饽饽',
    teacher: '姜玉华',
    summary: '逢年过节蒸一锅花饽饽：发面、造型、上色、蒸制，做出刺猬、鲤鱼和寿桃。',
    lessons: [
      L('发面', '酵母温水化开，面团发到两倍大、内部呈蜂窝状即可。'),
      L('揉面成型', '反复揉压排出气泡，面团越揉越光滑，蒸出来才白净。'),
      L('花样造型', '用剪刀和梳子做出刺猬的刺、鲤鱼的鳞，红豆点眼睛。'),
      L('蒸制与出锅', '二次醒发后冷水上锅，大火二十五分钟，关火焖五分钟再开盖。'),
    ],
  },
  {
    id: 'crs-pastry-baozi',
    category: 'pastry',
    title: '家常包子',
    teacher: '孙桂芝',
    summary: '白菜猪肉包和三鲜素包，学会捏出整齐的十八个褶。',
    lessons: [
      L('包子面团', '面团比饺子面稍软，发好后揉匀搓条下剂子。'),
      L('两种馅料', '白菜挤去水分再拌肉馅；素馅用鸡蛋、韭菜和虾皮。'),
      L('捏褶', '左手托皮、右手捏褶，拇指不动、食指推褶，最后收口。'),
      L('蒸制', '包好后醒十五分钟，水开上锅蒸十五分钟。'),
    ],
  },
  {
    id: 'crs-callig-kaishu',
    category: 'calligraphy',
    title: '楷书入门',
    teacher: '周文华',
    summary: '从执笔坐姿到基本笔画，再到独体字结构，打好毛笔字的基础。',
    lessons: [
      L('执笔与坐姿', '五指执笔法，头正、身直、臂开、足安。'),
      L('横与竖', '逆锋起笔、中锋行笔、回锋收笔，横要平、竖要直。'),
      L('撇、捺与点', '撇出锋要爽利，捺有一波三折，点如高峰坠石。'),
      L('独体字结构', '“大、中、永”等独体字：重心平稳，主笔突出。'),
    ],
  },
  {
    id: 'crs-callig-lishu',
    category: 'calligraphy',
    title: '隶书《曹全碑》临习',
    teacher: '周文华',
    summary: '汉隶名碑《曹全碑》秀美飘逸，学习蚕头雁尾和扁方结字。',
    lessons: [
      L('蚕头雁尾', '隶书主笔的起笔如蚕头、收笔如雁尾，一字之中不两见。'),
      L('波磔', '捺画的波势与挑势，练出隶书的舒展。'),
      L('扁方结字', '字形横向取势，左右舒展、上下紧凑。'),
      L('临写一句', '选《曹全碑》中的一句完整临写，注意字距和行气。'),
    ],
  },
  {
    id: 'crs-callig-chunlian',
    category: 'calligraphy',
    title: '写春联',
    teacher: '刘振国',
    summary: '自己写一副春联贴在家门口：裁纸、选词、布局、书写。',
    lessons: [
      L('选纸裁纸', '洒金红宣按门框尺寸裁好，折出字格。'),
      L('常用吉语', '“春回大地、福满人间”等常用联语，上下联怎么分。'),
      L('章法布局', '上下联字数相等、字距均匀，横批从右往左写。'),
      L('完成一副春联', '先写上联，再写下联和横批，晾干后再收。'),
    ],
  },
  {
    id: 'crs-choir-voice',
    category: 'choir',
    title: '合唱发声基础',
    teacher: '赵雅琴',
    summary: '呼吸、共鸣、咬字和音准，唱歌不累嗓子的基本功。',
    lessons: [
      L('腹式呼吸', '吸气时腹部鼓起，呼气时均匀缓慢，练“嘶”声控制气息。'),
      L('共鸣', '哼鸣练习找到头腔共鸣，声音集中而不费力。'),
      L('咬字吐字', '字头清楚、字腹饱满、字尾归韵。'),
      L('音准练习', '跟着琴声唱音阶，先唱准，再唱好听。'),
    ],
  },
  {
    id: 'crs-choir-motherland',
    category: 'choir',
    title: '合唱《我和我的祖国》',
    teacher: '赵雅琴',
    summary: '分声部学唱这首经典歌曲，社区合唱团的保留曲目。',
    lessons: [
      L('旋律学唱', '先齐唱主旋律，注意三拍子的律动。'),
      L('声部分配', '高声部和低声部分开练，再两两合在一起。'),
      L('情感处理', '主歌深情、副歌开阔，强弱对比要明显。'),
      L('完整合唱', '各声部合成，完整演唱一遍。'),
    ],
  },
  {
    id: 'crs-choir-yimeng',
    category: 'choir',
    title: '山东民歌《沂蒙山小调》',
    teacher: '马春燕',
    summary: '“人人那个都说哎，沂蒙山好”，学唱家乡的民歌，体会山东民歌的韵味。',
    lessons: [
      L('歌曲背景', '这首民歌的来历和它唱的沂蒙山风光。'),
      L('学唱第一段', '注意衬词“那个”“哎”的唱法，轻巧自然。'),
      L('学唱第二段', '旋律相同、歌词不同，唱出景物的变化。'),
      L('二声部合唱', '加入简单的低声部，齐唱变成合唱。'),
    ],
  },
  {
    id: 'crs-taichi-24',
    category: 'taichi',
    title: '二十四式太极拳',
    teacher: '郑国强',
    summary: '最普及的简化太极拳，分四次学完二十四式，动作柔和，适合各年龄段。',
    lessons: [
      L('第一至六式', '起势、左右野马分鬃、白鹤亮翅、左右搂膝拗步、手挥琵琶、左右倒卷肱。'),
      L('第七至十二式', '左揽雀尾、右揽雀尾、单鞭、云手、单鞭、高探马。'),
      L('第十三至十八式', '右蹬脚、双峰贯耳、转身左蹬脚、左下势独立、右下势独立、左右穿梭。'),
      L('第十九至二十四式', '海底针、闪通臂、转身搬拦捶、如封似闭、十字手、收势。'),
    ],
  },
  {
    id: 'crs-taichi-baduanjin',
    category: 'taichi',
    title: '八段锦',
    teacher: '郑国强',
    summary: '传统健身功法，八个动作简单易学，每天练一遍，舒筋活络。',
    lessons: [
      L('第一、二段', '两手托天理三焦，左右开弓似射雕。'),
      L('第三、四段', '调理脾胃须单举，五劳七伤往后瞧。'),
      L('第五、六段', '摇头摆尾去心火，两手攀足固肾腰。'),
      L('第七、八段', '攒拳怒目增气力，背后七颠百病消。'),
    ],
  },
  {
    id: 'crs-taichi-fan',
    category: 'taichi',
    title: '太极扇入门',
    teacher: '吴丽华',
    summary: '扇子开合之间练太极，动作舒展好看，适合晨练和展演。',
    lessons: [
      L('持扇与开合', '握扇的方法，单手开扇、合扇要干脆利落。'),
      L('基本扇法', '推扇、劈扇、撩扇和抱扇，配合步法练习。'),
      L('组合一', '起势到白鹤亮翅，扇随身转。'),
      L('组合二', '野马分鬃到收势，完整演练一遍。'),
    ],
  },
];

/** DEMO: offline courses, which group their sessions in the attendance figures. */
export const OFFLINE_COURSES: Array<{
  id: string;
  category: CategoryId;
  title: string;
  teacher: string;
  summary: string;
  communityId: string;
}> = [
  {
    id: 'crs-off-taichi-yc',
    category: 'taichi',
    title: '太极拳晨练班',
    teacher: '郑国强',
    summary: '每周两次清晨集体练拳，老师现场纠正动作。',
    communityId: 'c-yichang',
  },
  {
    id: 'crs-off-choir-yc',
    category: 'choir',
    title: '社区合唱团排练',
    teacher: '赵雅琴',
    summary: '宜昌路社区合唱团每周排练，欢迎爱唱歌的居民加入。',
    communityId: 'c-yichang',
  },
  {
    id: 'crs-off-pastry-ra',
    category: 'pastry',
    title: '面点体验课',
    teacher: '孙桂芝',
    summary: '在服务中心的厨房里动手做面点，做好的带回家。',
    communityId: 'c-ruian',
  },
  {
    id: 'crs-off-callig-ra',
    category: 'calligraphy',
    title: '书法公益课',
    teacher: '周文华',
    summary: '笔墨纸砚由中心提供，零基础也能来。',
    communityId: 'c-ruian',
  },
];

export const CENTRES = {
  yichang: '宜昌路社区综合文化服务中心',
  ruian: '瑞安路社区综合文化服务中心',
};

/** A session relative to the seeding day: `day` days from today (Shanghai), from-to local time. */
export interface SeedSession extends SessionBasics {
  id: string;
  communityId: string | null;
  organiser: string;
  day: number;
  from: string;
  to: string;
  capacity: number;
  /** How many seeded people hold a place (in the past: split into attended and no-shows). */
  enrolled: number;
  noShows?: number;
  waitlisted?: number;
  /** Personas enrolled first (so the demo shows their codes). */
  personas?: string[];
}

/** DEMO: sessions ahead (one full, two nearly full) and behind (for the attendance chart). */
export const DEMO_SESSIONS: SeedSession[] = [
  {
    id: 'ses-taichi-yc-next',
    kind: 'class',
    courseId: 'crs-off-taichi-yc',
    series: null,
    title: '太极拳晨练班',
    category: 'taichi',
    description: '二十四式太极拳集体练习，请穿宽松衣服和平底鞋。',
    venue: `${CENTRES.yichang} 一楼多功能厅`,
    communityId: 'c-yichang',
    organiser: CENTRES.yichang,
    day: 2,
    from: '07:30',
    to: '08:30',
    capacity: 30,
    enrolled: 12,
    personas: ['demo-resident'],
  },
  {
    id: 'ses-taichi-yc-later',
    kind: 'class',
    courseId: 'crs-off-taichi-yc',
    series: null,
    title: '太极拳晨练班',
    category: 'taichi',
    description: '二十四式太极拳集体练习，请穿宽松衣服和平底鞋。',
    venue: `${CENTRES.yichang} 一楼多功能厅`,
    communityId: 'c-yichang',
    organiser: CENTRES.yichang,
    day: 9,
    from: '07:30',
    to: '08:30',
    capacity: 30,
    enrolled: 3,
  },
  {
    id: 'ses-choir-yc-next',
    kind: 'class',
    courseId: 'crs-off-choir-yc',
    series: null,
    title: '社区合唱团排练',
    category: 'choir',
    description: '排练《我和我的祖国》，新团员请提前十分钟到。',
    venue: `${CENTRES.yichang} 二楼排练室`,
    communityId: 'c-yichang',
    organiser: CENTRES.yichang,
    day: 4,
    from: '14:30',
    to: '16:30',
    capacity: 40,
    enrolled: 10,
  },
  {
    id: 'ses-pastry-ra-next',
    kind: 'class',
    courseId: 'crs-off-pastry-ra',
    series: null,
    title: '面点体验课：鲅鱼水饺',
    category: 'pastry',
    description: '现场和面、调馅、包饺子，材料由中心准备，做好的饺子可以带回家。',
    venue: `${CENTRES.ruian} 厨艺教室`,
    communityId: 'c-ruian',
    organiser: CENTRES.ruian,
    day: 3,
    from: '14:30',
    to: '16:30',
    capacity: 16,
    enrolled: 15,
  },
  {
    id: 'ses-callig-ra-next',
    kind: 'class',
    courseId: 'crs-off-callig-ra',
    series: null,
    title: '书法公益课：写福字',
    category: 'calligraphy',
    description: '临近年节，一起写“福”字，写好的可以带回家张贴。',
    venue: `${CENTRES.ruian} 书画室`,
    communityId: 'c-ruian',
    organiser: CENTRES.ruian,
    day: 5,
    from: '09:30',
    to: '11:00',
    capacity: 20,
    enrolled: 18,
  },
  {
    id: 'ses-grid-wanan',
    kind: 'event',
    courseId: null,
    series: '文化进网格',
    title: '文化进网格·万安一路剪纸课',
    category: 'papercut',
    description: '剪纸老师走进网格，教大家剪窗花和“福”字，剪刀和红纸现场提供。',
    venue: '万安一路网格党群服务站',
    communityId: 'c-yichang',
    organiser: '宜昌路社区·万安一路网格党支部',
    day: 6,
    from: '09:00',
    to: '10:30',
    capacity: 25,
    enrolled: 8,
  },
  {
    id: 'ses-festival-dumplings',
    kind: 'event',
    courseId: null,
    series: '我们的节日',
    title: '我们的节日·邻里包饺子',
    category: 'festival',
    description: '湖岛街道联合青岛二台等红色合伙人，邀请邻里一起包饺子、话家常，现场录制节目。',
    venue: `${CENTRES.ruian} 多功能厅`,
    communityId: null,
    organiser: '湖岛街道 · 青岛二台',
    day: 7,
    from: '09:30',
    to: '11:30',
    capacity: 12,
    enrolled: 12,
    personas: ['demo-relative'],
  },
  {
    id: 'ses-market-next',
    kind: 'event',
    courseId: null,
    series: '荟文化悦生活',
    title: '荟文化悦生活·文化市集',
    category: 'market',
    description: '非遗手作、书画义卖、文艺演出和亲子游戏，凭报名签到码领取市集集章卡。',
    venue: '宜昌路社区文化广场',
    communityId: null,
    organiser: '湖岛街道',
    day: 10,
    from: '09:00',
    to: '12:00',
    capacity: 200,
    enrolled: 86,
  },
  {
    id: 'ses-youth-festival',
    kind: 'event',
    courseId: null,
    series: '青年文化艺术节',
    title: '湖岛街道青年文化艺术节·开幕演出',
    category: 'arts',
    description: '辖区青年带来的街舞、乐队、朗诵和器乐表演，欢迎报名观演。',
    venue: `${CENTRES.yichang} 剧场`,
    communityId: null,
    organiser: '湖岛街道',
    day: 20,
    from: '19:00',
    to: '21:00',
    capacity: 300,
    enrolled: 41,
  },
  // Past sessions (attendance figures).
  {
    id: 'ses-past-taichi-1',
    kind: 'class',
    courseId: 'crs-off-taichi-yc',
    series: null,
    title: '太极拳晨练班',
    category: 'taichi',
    description: '二十四式太极拳集体练习。',
    venue: `${CENTRES.yichang} 一楼多功能厅`,
    communityId: 'c-yichang',
    organiser: CENTRES.yichang,
    day: -75,
    from: '07:30',
    to: '08:30',
    capacity: 30,
    enrolled: 26,
    noShows: 4,
  },
  {
    id: 'ses-past-taichi-2',
    kind: 'class',
    courseId: 'crs-off-taichi-yc',
    series: null,
    title: '太极拳晨练班',
    category: 'taichi',
    description: '二十四式太极拳集体练习。',
    venue: `${CENTRES.yichang} 一楼多功能厅`,
    communityId: 'c-yichang',
    organiser: CENTRES.yichang,
    day: -45,
    from: '07:30',
    to: '08:30',
    capacity: 30,
    enrolled: 28,
    noShows: 3,
  },
  {
    id: 'ses-past-taichi-3',
    kind: 'class',
    courseId: 'crs-off-taichi-yc',
    series: null,
    title: '太极拳晨练班',
    category: 'taichi',
    description: '二十四式太极拳集体练习。',
    venue: `${CENTRES.yichang} 一楼多功能厅`,
    communityId: 'c-yichang',
    organiser: CENTRES.yichang,
    day: -12,
    from: '07:30',
    to: '08:30',
    capacity: 30,
    enrolled: 30,
    noShows: 2,
  },
  {
    id: 'ses-past-pastry-1',
    kind: 'class',
    courseId: 'crs-off-pastry-ra',
    series: null,
    title: '面点体验课：花饽饽',
    category: 'pastry',
    description: '胶东花饽饽现场制作。',
    venue: `${CENTRES.ruian} 厨艺教室`,
    communityId: 'c-ruian',
    organiser: CENTRES.ruian,
    day: -40,
    from: '14:30',
    to: '16:30',
    capacity: 16,
    enrolled: 16,
    noShows: 1,
  },
  {
    id: 'ses-past-market',
    kind: 'event',
    courseId: null,
    series: '荟文化悦生活',
    title: '荟文化悦生活·文化市集',
    category: 'market',
    description: '上一期文化市集。',
    venue: '宜昌路社区文化广场',
    communityId: null,
    organiser: '湖岛街道',
    day: -50,
    from: '09:00',
    to: '12:00',
    capacity: 200,
    enrolled: 120,
    noShows: 18,
  },
  {
    id: 'ses-past-grid-jinhua',
    kind: 'event',
    courseId: null,
    series: '文化进网格',
    title: '文化进网格·金华路书法进楼院',
    category: 'calligraphy',
    description: '书法老师走进金华路网格。',
    venue: '金华路网格党群服务站',
    communityId: 'c-yichang',
    organiser: '宜昌路社区·金华路网格党支部',
    day: -20,
    from: '09:00',
    to: '10:30',
    capacity: 25,
    enrolled: 21,
    noShows: 3,
  },
  {
    id: 'ses-past-festival-midautumn',
    kind: 'event',
    courseId: null,
    series: '我们的节日',
    title: '我们的节日·中秋团圆',
    category: 'festival',
    description: '联合青岛二台举办的中秋主题活动。',
    venue: `${CENTRES.ruian} 多功能厅`,
    communityId: null,
    organiser: '湖岛街道 · 青岛二台',
    day: -60,
    from: '15:00',
    to: '17:00',
    capacity: 60,
    enrolled: 55,
    noShows: 6,
  },
];

/** DEMO: the people behind seeded enrolments (openids demo-culture-001...). */
export const DEMO_SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
export const DEMO_GIVEN = [
  '秀英',
  '桂兰',
  '建国',
  '淑珍',
  '玉梅',
  '志强',
  '凤芝',
  '海燕',
  '德明',
  '丽华',
  '长顺',
  '春梅',
  '永红',
  '金花',
  '宝山',
  '雪梅',
  '立新',
  '翠英',
  '国庆',
  '素珍',
];

/** DEMO: online enrolments: persona progress to show "我的课程", and a spread of others for the figures. */
export const PERSONA_COURSES: Array<{
  openid: string;
  courseId: string;
  completedLessons: number;
  partialSeconds: number;
}> = [
  { openid: 'demo-resident', courseId: 'crs-taichi-24', completedLessons: 2, partialSeconds: 2 },
  { openid: 'demo-resident', courseId: 'crs-callig-chunlian', completedLessons: 0, partialSeconds: 0 },
  { openid: 'demo-relative', courseId: 'crs-pastry-jiaozi', completedLessons: 4, partialSeconds: 0 },
];

/**
 * Turns seed/culture.ts into documents whose counters agree with their
 * enrolments (built through the same moveCount the services use), and writes
 * them in one transaction: a store is either fully seeded or not at all.
 * Idempotent: a store that has the first course already is left alone.
 */
export interface CultureSeedOptions {
  /** CloudBase storage folder of the demo clips (production); omitted: local /media/videos URLs. */
  videoFileIdPrefix?: string;
}

export function videoRef(file: string, options: CultureSeedOptions): VideoRef {
  return options.videoFileIdPrefix
    ? { url: null, fileId: `${options.videoFileIdPrefix.replace(/\/?$/, '/')}${file}` }
    : { url: `/media/videos/${file}`, fileId: null };
}

export async function seedCulture(
  store: DocumentStore,
  now: Date,
  options: CultureSeedOptions = { videoFileIdPrefix: process.env.CULTURE_VIDEO_FILEID_PREFIX || undefined },
): Promise<{ seeded: boolean }> {
  if (await store.get(CULTURE_COURSES, ONLINE_COURSES[0].id)) return { seeded: false };
  const docs = buildCultureSeed(now, options);
  await store.transaction(async (tx) => {
    for (const user of docs.users) if (!(await tx.get(USERS, user._id))) await tx.set(USERS, user);
    for (const course of docs.courses) await tx.set(CULTURE_COURSES, course);
    for (const lesson of docs.lessons) await tx.set(CULTURE_LESSONS, lesson);
    for (const session of docs.sessions) await tx.set(CULTURE_SESSIONS, session);
    for (const enrolment of docs.enrolments) await tx.set(CULTURE_ENROLMENTS, enrolment);
    for (const slot of docs.slots) await tx.set(CULTURE_WAITLIST, slot);
  });
  return { seeded: true };
}

const PEOPLE = 150;

function demoPerson(i: number): { openid: string; name: string; phone: string } {
  const surname = [...DEMO_SURNAMES][i % [...DEMO_SURNAMES].length];
  return {
    openid: `demo-culture-${String(i + 1).padStart(3, '0')}`,
    name: `${surname}${DEMO_GIVEN[i % DEMO_GIVEN.length]}`,
    phone: `1390000${String(i + 1).padStart(4, '0')}`,
  };
}

/** `day` days from the seeding day, at a Shanghai wall-clock time. */
function localAt(now: Date, day: number, hhmm: string): string {
  const date = inShanghai(now).add(day, 'day').format('YYYY-MM-DD');
  return dayjs.tz(`${date} ${hhmm}`, RULE_TZ).toDate().toISOString();
}

function hoursBefore(iso: string, hours: number): string {
  return new Date(Date.parse(iso) - hours * 3600_000).toISOString();
}

export function buildCultureSeed(now: Date, options: CultureSeedOptions) {
  const at = now.toISOString();
  const people = Array.from({ length: PEOPLE }, (_, i) => demoPerson(i));
  const nameOf = new Map<string, { name: string; phone: string | null }>([
    ...people.map((p) => [p.openid, { name: p.name, phone: p.phone }] as const),
    ...PERSONAS.map((p) => [p.openid, { name: p.name, phone: p.phone }] as const),
  ]);
  const users: UserDoc[] = people.map((p) => ({ ...newUser(p.openid, now, p.name), phone: p.phone, demo: true }));

  const blank = (
    kind: EnrolmentDoc['kind'],
    targetId: string,
    courseId: string | null,
    openid: string,
    state: EnrolmentState,
    history: HistoryEntry[],
  ): EnrolmentDoc => {
    const who = {
      kind,
      targetId,
      courseId,
      openid,
      name: nameOf.get(openid)?.name ?? openid,
      phone: nameOf.get(openid)?.phone ?? null,
    };
    return {
      ...emptyEnrolment(who, history[0]?.at ?? at),
      state,
      enrolledAt: history[0]?.at ?? at,
      history,
      updatedAt: history[history.length - 1]?.at ?? at,
      demo: true,
    };
  };

  // Online courses, their lessons and enrolments with progress.
  const courses: CourseDoc[] = [];
  const lessons: LessonDoc[] = [];
  const enrolments: EnrolmentDoc[] = [];
  ONLINE_COURSES.forEach((seed, k) => {
    const clip = DEMO_VIDEOS[seed.category];
    const lessonIds = seed.lessons.map((_, n) => `${seed.id}-l${n + 1}`);
    seed.lessons.forEach((lesson, n) =>
      lessons.push({
        _id: lessonIds[n],
        courseId: seed.id,
        title: lesson.title,
        durationSeconds: clip.seconds,
        text: lesson.text,
        video: videoRef(clip.file, options),
        version: 1,
        createdAt: at,
        updatedAt: at,
        demo: true,
      }),
    );
    const learners = [
      ...PERSONA_COURSES.filter((p) => p.courseId === seed.id),
      ...people.slice((k * 11) % PEOPLE, ((k * 11) % PEOPLE) + 4 + ((k * 7) % 17)).map((p, j) => ({
        openid: p.openid,
        courseId: seed.id,
        completedLessons: j % 3 === 0 ? 4 : j % 4,
        partialSeconds: j % 2,
      })),
    ];
    let completed = 0;
    for (const learner of learners) {
      const enrolledAt = new Date(
        now.getTime() - (10 + ((k + learner.completedLessons) % 20)) * 86400_000,
      ).toISOString();
      const progress: Record<string, LessonProgress> = {};
      lessonIds.slice(0, learner.completedLessons).forEach((id) => {
        progress[id] = {
          watchedSeconds: clip.seconds,
          positionSeconds: clip.seconds,
          completed: true,
          completedAt: enrolledAt,
          updatedAt: enrolledAt,
        };
      });
      const partialId = lessonIds[learner.completedLessons];
      if (partialId && learner.partialSeconds > 0) {
        progress[partialId] = {
          watchedSeconds: learner.partialSeconds,
          positionSeconds: learner.partialSeconds,
          completed: false,
          completedAt: null,
          updatedAt: enrolledAt,
        };
      }
      const done = courseProgress(lessonIds, progress).allDone;
      if (done) completed++;
      const history: HistoryEntry[] = [
        { state: 'enrolled', at: enrolledAt, by: learner.openid },
        ...(done ? [{ state: 'completed' as const, at: enrolledAt, by: learner.openid }] : []),
      ];
      enrolments.push({
        ...blank('course', seed.id, seed.id, learner.openid, done ? 'completed' : 'enrolled', history),
        lessons: progress,
        completedLessons: learner.completedLessons,
        lastLessonId:
          partialId && learner.partialSeconds > 0 ? partialId : (lessonIds[learner.completedLessons - 1] ?? null),
        completedAt: done ? enrolledAt : null,
      });
    }
    courses.push({
      _id: seed.id,
      mode: 'online',
      title: seed.title,
      category: seed.category,
      summary: seed.summary,
      teacher: seed.teacher,
      communityId: null,
      organiser: '湖岛街道',
      lessonIds,
      totalSeconds: clip.seconds * lessonIds.length,
      published: true,
      counts: { enrolled: learners.length, completed },
      version: 1,
      createdBy: 'demo-district-admin',
      createdAt: at,
      updatedAt: at,
      demo: true,
    });
  });
  for (const seed of OFFLINE_COURSES) {
    courses.push({
      _id: seed.id,
      mode: 'offline',
      title: seed.title,
      category: seed.category,
      summary: seed.summary,
      teacher: seed.teacher,
      communityId: seed.communityId,
      organiser: seed.communityId === 'c-yichang' ? '宜昌路社区综合文化服务中心' : '瑞安路社区综合文化服务中心',
      lessonIds: [],
      totalSeconds: 0,
      published: true,
      counts: { enrolled: 0, completed: 0 },
      version: 1,
      createdBy: 'demo-district-admin',
      createdAt: at,
      updatedAt: at,
      demo: true,
    });
  }

  const sessions: SessionDoc[] = [];
  const slots: WaitSlotDoc[] = [];
  DEMO_SESSIONS.forEach((seed, i) => {
    const built = buildSession(
      seed,
      i,
      now,
      people.map((p) => p.openid),
      blank,
    );
    sessions.push(built.session);
    enrolments.push(...built.enrolments);
    slots.push(...built.slots);
  });
  return { users, courses, lessons, sessions, enrolments, slots };
}

type Blank = (
  kind: 'session',
  targetId: string,
  courseId: string | null,
  openid: string,
  state: EnrolmentState,
  history: HistoryEntry[],
) => EnrolmentDoc;

function buildSession(seed: SeedSession, index: number, now: Date, pool: string[], blank: Blank) {
  const startsAt = localAt(now, seed.day, seed.from);
  const endsAt = localAt(now, seed.day, seed.to);
  const past = seed.day < 0;
  const signupOpensAt = past ? hoursBefore(startsAt, 14 * 24) : hoursBefore(now.toISOString(), 3 * 24);
  const start = (index * 17) % pool.length;
  const rotated = [...pool.slice(start), ...pool.slice(0, start)];
  const holders = [...(seed.personas ?? []), ...rotated].slice(0, seed.enrolled);
  const waiting = rotated.slice(seed.enrolled, seed.enrolled + (seed.waitlisted ?? 0));
  let counts = emptyCounts();
  const enrolments: EnrolmentDoc[] = [];
  const slots: WaitSlotDoc[] = [];
  holders.forEach((openid, n) => {
    const ticketNo = n + 1;
    const enrolledAt = new Date(Date.parse(signupOpensAt) + (n + 1) * 600_000).toISOString();
    const noShow = past && n >= seed.enrolled - (seed.noShows ?? 0);
    const state: EnrolmentState = !past ? 'enrolled' : noShow ? 'no_show' : 'attended';
    const history: HistoryEntry[] = [
      { state: 'enrolled', at: enrolledAt, by: openid },
      ...(past ? [{ state, at: endsAt, by: 'demo-community-admin' }] : []),
    ];
    counts = moveCount(counts, 'new', state);
    enrolments.push({
      ...blank('session', seed.id, seed.courseId, openid, state, history),
      ticketNo,
      checkinCode: checkinCode(ticketNo, () => ((ticketNo * 37 + index * 11) % 100) / 100),
      attendedAt: state === 'attended' ? startsAt : null,
      checkedInBy: state === 'attended' ? 'demo-community-admin' : null,
    });
  });
  waiting.forEach((openid, n) => {
    const seq = n + 1;
    const ticketNo = holders.length + seq;
    const history: HistoryEntry[] = [
      {
        state: 'waitlisted',
        at: new Date(Date.parse(signupOpensAt) + (ticketNo + 1) * 600_000).toISOString(),
        by: openid,
      },
    ];
    counts = moveCount(counts, 'new', 'waitlisted');
    enrolments.push({
      ...blank('session', seed.id, seed.courseId, openid, 'waitlisted', history),
      ticketNo,
      checkinCode: checkinCode(ticketNo, () => 0.5),
      seq,
      enrolledAt: null,
    });
    slots.push({ _id: waitSlotId(seed.id, seq), sessionId: seed.id, seq, openid });
  });
  const at = now.toISOString();
  const session: SessionDoc = {
    _id: seed.id,
    kind: seed.kind,
    courseId: seed.courseId,
    series: seed.series,
    title: seed.title,
    category: seed.category,
    description: seed.description,
    venue: seed.venue,
    communityId: seed.communityId,
    organiser: seed.organiser,
    startsAt,
    endsAt,
    signupOpensAt,
    signupClosesAt: startsAt,
    cancelDeadline: hoursBefore(startsAt, 24),
    capacity: seed.capacity,
    offerHours: DEFAULT_OFFER_HOURS,
    status: 'scheduled',
    cancelReason: null,
    counts,
    waitSeq: waiting.length,
    waitHead: 0,
    ticketSeq: holders.length + waiting.length,
    noticeVersion: 0,
    notice: null,
    fanoutPending: false,
    version: 1,
    createdBy: 'demo-district-admin',
    createdAt: at,
    updatedAt: at,
    demo: true,
  };
  return { session, enrolments, slots };
}
