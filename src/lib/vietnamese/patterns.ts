import { anyTonePlacement } from './tone-placement.ts';

/**
 * Everything the parser knows about these websites' wording and every threshold it
 * uses, kept as data so a new layout is usually a line here plus a page in the
 * evaluation set, not new code. Patterns are matched against normalised text (NFC,
 * single spaces, trimmed lines), case-insensitively unless they say otherwise, and each
 * is written in one tone placement: `vi` makes it match the other ("uỷ", "khoá") too.
 */
const vi = (pattern: RegExp) => anyTonePlacement(pattern);
const viList = (patterns: RegExp[]) => patterns.map(vi);

/* ------------------------------------------------------------------ header */

/** How far down the page the headline and its date line are looked for, in lines. */
export const HEADER_WINDOW = 16;
/** Longest headline, in words; a longer line is a paragraph. */
export const MAX_TITLE_WORDS = 60;
/** Longest section label ("KINH TẾ - CHÍNH TRỊ", "Tin các xã, thị trấn"), in words. */
export const MAX_CATEGORY_WORDS = 8;
/** A line this long that ends a sentence is a paragraph, not a headline. */
export const MIN_PARAGRAPH_WORDS = 40;
/** Words of the lead's first sentence kept as the title of a page that prints no headline. */
export const MAX_LEAD_TITLE_WORDS = 30;
/** A headline printed after the body must share this much of its wording with the lead, and be this long. */
export const TRAILING_TITLE = { minOverlap: 0.6, minWords: 8 };

/**
 * How the evidence for each headline candidate adds up. The candidate with the highest
 * score is the headline; under `accept` it is still taken, with a warning.
 */
export const HEADLINE_EVIDENCE = {
  /** A publication date line right above or below it. */
  besideDateLine: 4,
  /** The first text line of the page that is no paragraph. */
  firstCandidate: 1,
  /** Times the share of its syllables that the text after it repeats… */
  sharedWithLead: 4,
  /** …counted in full from this many distinct syllables up, less for shorter lines. */
  fullWeightSyllables: 8,
  /** A closing full stop: headlines rarely have one. */
  closingStop: -1.5,
  /** Letters without any Vietnamese one: the site's English chrome ("Analytic"). */
  noVietnameseLetter: -2,
  /** Upper case and short: a section label more often than a headline. */
  shortUpperCase: -1.5,
  /** Per line from the top of the page: the first plausible line wins a tie. */
  perLineDown: -0.1,
  /** The lowest score taken without a warning. */
  accept: 1.5,
};

/**
 * Site chrome around the headline: skip links, language switchers, mastheads, portlet
 * titles, counters, polls, menus and banners. Such a line is never the headline, the
 * category or the date line.
 */
export const HEADER_CHROME_LINES: RegExp[] = viList([
  /^trang chủ$/i,
  /^tin mới( nhất)?$/i,
  /^tin nóng$/i,
  /^tin tiêu điểm$/i,
  /^tin (liên quan|khác|cùng chuyên mục)$/i,
  /^xem thêm$/i,
  /^(in bài|gửi bài|chia sẻ|bản in|in trang|gửi email|lưu bài|quay lại|phản hồi|góp ý|đầu trang|về trang chủ|tải về)$/i,
  /^(in|gửi|lưu|chia sẻ|nghe|nghe đọc) (bài|bài viết|trang|tin|tin bài)( này)?$/i,
  /^(giọng (nam|nữ)|tự động|nghe audio|a\+? ?a-? ?a)$/i,
  /^(skip to (main )?content|skip navigation|truy cập nội dung luôn|(bỏ qua|chuyển|đi) đến nội dung( chính)?)$/i,
  /^(tiếng việt|english|vietnamese|vi|en)(\s*[|/-]\s*(tiếng việt|english|vietnamese|vi|en))*$/i,
  /^(analytics?|loading\.*|menu|search|tìm kiếm|đăng nhập|login|sitemap|rss)$/i,
  /^(multimedia|đọc báo in|báo in|hotline|đường dây nóng|mail tòa soạn|e-?paper)(?![\p{L}\p{M}])/iu,
  /^(cổng|trang) thông tin điện tử(?:\s+\S+){0,8}$/i,
  /^xuất bản thông tin$/i,
  /^chi tiết( bài viết| tin( tức)?)?( - .+)?$/i,
  /^(thống kê truy cập|hôm nay|hôm qua|trong tuần|tuần này|trong tháng|tháng này|tất cả|tổng cộng|đang (truy cập|online)|đã truy cập|lượt truy cập|tổng (số )?lượt truy cập)\s*:?\s*[\d.,]*$/i,
  /^(bình chọn|thăm dò ý kiến|kết quả|xem kết quả|biểu quyết)$/i,
  /^(xem )?(với )?cỡ chữ( .*)?$/i,
  /^(in|email|home|lưu|a-|a\+)$/i,
  /^(quyết tâm thực hiện thắng lợi nghị quyết|nhiệt liệt chào mừng)(?![\p{L}\p{M}])/iu,
  /^null /,
  /^[•·▪►»◦‣∙]/,
  /^[^\p{L}\p{N}]+$/u,
  /^(?=[a-z0-9-]*[a-z])[a-z0-9]+(-[a-z0-9]+)+( - .+)?$/,
  /^\S+\.(jpe?g|png|gif|webp)$/i,
]);

/**
 * A station's or paper's name standing alone at the top ("Truyền hình Đại Lộc", "Báo
 * Sơn La"): case matters here, since the place name is what makes it a masthead.
 */
const PLACE_NAME = String.raw`\p{Lu}[\p{Ll}\p{M}’']*(?: \p{Lu}[\p{Ll}\p{M}’']*){0,3}`;
export const MASTHEAD_LINE = new RegExp(
  String.raw`^(?:[Tt]ruyền hình|[Đđ]ài (?:[Pp]hát thanh (?:và |- )?)?[Tt]ruyền (?:hình|thanh)|[Đđ]ài PT-?TH|[Bb]áo(?: điện tử)?) ${PLACE_NAME}$`,
  'u',
);

/**
 * Lines that name the article's section with a label: a breadcrumb ("Trang chủ Tin về
 * công tác thanh tra", "Trang chủ > Tin tức > Chính trị": the last crumb) or a portlet
 * title ("Chi tiết bài viết Bầu Cử"). The first group is the section.
 */
export const CATEGORY_LABEL_LINES: RegExp[] = viList([
  /^(?:(?:bạn đang ở|vị trí)\s*:\s*)?(?:trang chủ|home)\s*[>»/|›-]?\s*(?!(?:báo|cổng|trang|website)\s)(.+)$/i,
  /^chi tiết bài viết\s+(?!-)(.+)$/i,
  /^(?:chuyên mục|danh mục|lĩnh vực)\s*:\s*(.+)$/i,
]);
/** Separators between crumbs of a breadcrumb. */
export const BREADCRUMB_SEPARATOR = /\s*[>»/|›]\s*/;

/**
 * A section label printed just under the headline, before the lead ("Tin các xã, thị
 * trấn"). Only these shapes count there: a short line under a headline is more often
 * a photo caption.
 */
export const CATEGORY_UNDER_TITLE = vi(/^(tin|tin tức|bản tin)\s/i);

/**
 * How the first paragraph of a report opens: a time of day and a date ("Sáng 24-6,",
 * "Chiều ngày 15/10/2019,"), "Ngày 18/5,", "Vừa qua,", a news agency's tag ("(QBĐT) -",
 * "TGDV - "). A line that opens so is the lead, never the headline.
 */
export const LEAD_OPENERS: RegExp[] = viList([
  /^(sáng|chiều|trưa|tối|đêm|ngày)( nay| qua| mai| ngày| hôm nay)?,? \d{1,2}[/.-]\d{1,2}/i,
  /^(sáng|chiều|trưa|tối|đêm) (nay|qua|hôm nay|hôm qua),/i,
  /^(vừa qua|mới đây|hôm nay|hôm qua|thời gian qua|trong những ngày qua),/i,
  /^\([\p{L}\p{M} .]{2,20}\)\s*[-–—]/u,
]);

/** A news agency's upper-case tag before the lead ("TGDV - Ngày 11/8, …"): the lead opens after it. */
export const AGENCY_TAG = /^\p{Lu}{2,8}\s*[-–—]\s*/u;

/* ------------------------------------------------------------------ date line */

/**
 * Labels that say a date line gives the publication ("Ngày đăng", "Cập nhật lúc",
 * "Gửi lúc", "Publish date"). Header clocks and print headers carry none.
 */
export const PUBLICATION_LABELS: RegExp[] = viList([
  /publish(ed)?( date| on)?\s*:?/gi,
  /posted( on)?\s*:?/gi,
  /(ngày|thời gian) (đăng|xuất bản|cập nhật|đăng tải)( bài)?\s*:?/gi,
  /(đăng|gửi|cập nhật|xuất bản)( lúc| ngày| vào)?\s*:?/gi,
]);

/** A day of the week as sites print it ("Thứ Tư", "Thứ 4", "Chủ nhật", "CN"). */
export const WEEKDAY = vi(/thứ\s*[2-7](?!\d)|thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật|\bCN\b/gi);

/** Words a date line may have around its date, time and view count, the share bar's included. */
export const DATE_LINE_WORDS: RegExp[] = [
  ...viList([/\b(date|time|updated)\s*:?/gi, /lúc\s*:?/gi, /ngày\s*:?/gi, /(in bài|bản in|chia sẻ|gửi bài|lưu bài|bình luận)/gi]),
  WEEKDAY,
];

/** Marks between the parts of a date line. */
export const DATE_LINE_MARKS = /[|,\-–—()[\]/:•·]/g;

/** A timezone note, removed before numbers are read so its 7 is not taken for a time. */
export const TIMEZONE_NOTE = /[([]?\s*(?:gmt|utc)\s*\+\s*0?7(?::?00)?\s*[)\]]?/i;

/** A view count, with its label before ("Lượt xem: 5547") or after ("235 Lượt xem"). */
export const VIEW_COUNTS: RegExp[] = viList([
  /(?:view count|views|lượt xem|số lượt xem|lượt đọc|số lần xem|đã xem)\s*:?\s*(\d[\d.,]*)/i,
  /(\d[\d.,]*)\s*(?:lượt xem|lượt đọc|views)/i,
]);

/** An author field on a date line ("… | Tác giả: Hoàng Nam | Lượt xem: 12"): the group is the name. */
export const DATE_LINE_AUTHOR = vi(/(?:tác giả|người đăng|người viết|đăng bởi|posted by)\s*:?\s*([^|]+?)\s*(?=\||$)/i);

/** Longest date line, in characters: a longer line is text, whatever dates it holds. */
export const MAX_DATE_LINE_LENGTH = 160;

/** Most words a date line may print before its date: an author ("L.Phương - 10:51, …") or a section ("Xã hội 17-06-2022"). */
export const MAX_DATE_LINE_PREFIX_WORDS = 4;

/* ------------------------------------------------------------------ footer */

/** The footer is looked for only below the first sentence of this many words: the text has begun there. */
export const FOOTER_AFTER_WORDS = 12;

/**
 * Lines that start the site's footer: the first one found after the body cuts off it
 * and everything below it.
 */
export const FOOTER_START_LINES: RegExp[] = viList([
  /^từ khóa:?/i,
  /^tags?:/i,
  /^bình luận của bạn/i,
  /^(viết|gửi) bình luận/i,
  /^ý kiến (bạn đọc|của bạn)/i,
  /^ý kiến\s*\(\d*\)$/i,
  /^bạn đọc phản hồi$/i,
  /^captcha$/i,
  /^bản tin pháp luật$/i,
  /^video clip$/i,
  /^phóng sự ảnh$/i,
  /^tìm kiếm theo chuyên mục/i,
  /^tin nóng$/i,
  /^tin tiêu điểm$/i,
  /^tin (liên quan|khác|cùng chuyên mục)$/i,
  /^(các )?bài viết (liên quan|khác)$/i,
  /^xem thêm tin( tức)?$/i,
  /^các tin (khác|đã đưa)/i,
  /^lịch công tác/i,
  /^website liên kết$/i,
  /^liên kết website$/i,
  /^thống kê truy cập$/i,
  /^bản đồ (tỉnh|huyện|thành phố|hành chính)/i,
  /^hôm nay: ?\d+$/i,
  /^đã truy cập: ?\d+$/i,
  /^đang (truy cập|online): ?\d+$/i,
  /are you sure that you want to switch/i,
]);

/**
 * Chrome lines that may stand anywhere (a share bar between paragraphs, a counter, the
 * bare address of the page a report was copied from): dropped wherever they are.
 */
export const LOOSE_CHROME_LINES: RegExp[] = viList([
  /^(in bài|gửi bài|chia sẻ|bản in|quay lại|về đầu trang)\s*:?$/i,
  /^(facebook|zalo|twitter|email)$/i,
  /^\(?https?:\/\/\S+\)?$/i,
]);

/* ------------------------------------------------------------------ byline */

/** Words that begin a reporting unit after an author in a byline ("Thu Nghĩa – Trung tâm VHTT&TT huyện"). */
export const UNIT_OPENERS: RegExp[] = viList([
  /^(?:trung tâm|ttvh|tttt|ban|phòng|văn phòng|báo|đài|cổng|tạp chí|hội|ủy ban|ubnd|hđnd|mttq|huyện ủy|thành ủy|tỉnh ủy|đảng ủy|quận ủy|thị ủy|chi bộ|đảng bộ|công an|bchqs|đoàn|liên đoàn|chi nhánh|bộ phận|nhóm phóng viên|bbt)(?![\p{L}\p{M}])/iu,
]);

/**
 * A unit that signs a report alone ("Báo Sơn La", "BBT", "Trung tâm VHTT&TT huyện"):
 * only bodies that publish news, since a short closing line naming a party body
 * ("Đảng bộ huyện …") is a caption or a cut-off sentence.
 */
export const UNIT_ALONE = vi(/^(?:trung tâm|ttvh|tttt|ban biên tập|bbt|ban tuyên giáo|văn phòng|báo|đài|cổng|trang|tạp chí|nhóm phóng viên)(?![\p{L}\p{M}])/iu);

/** An author's post before the unit in a byline ("Đỗ Thuần – Bí thư Chi bộ …"): the unit is what follows it. */
export const BYLINE_POST = vi(/^(?:bí thư|phó bí thư|chủ tịch|phó chủ tịch|trưởng ban|phó trưởng ban|trưởng phòng|phó trưởng phòng|giám đốc|phó giám đốc|phóng viên|cộng tác viên)\s+/i);

/** Separators between the parts of a byline: a spaced dash or a slash. */
export const BYLINE_SEPARATOR = /\s+[–—-]\s+|\s*\/\s*|\s*[–—]\s*/;

/** Labels a byline may carry before the names: "Tin, ảnh:", "Bài và ảnh:", "Theo:", "Thực hiện:". */
export const BYLINE_PREFIX = vi(/^(tin|bài|ảnh|tin và ảnh|tin, ảnh|tin - ảnh|bài và ảnh|bài, ảnh|bài - ảnh|nguồn|theo|thực hiện|tác giả|người viết|phóng viên|nhóm pv|pv)\s*:\s*/i);

/** A note after the names that says how the text was made ("Hồng Nhung (tổng hợp)", "(TH)"): neither author nor unit. */
export const BYLINE_NOTE = vi(/\s*\((?:tổng hợp|th|st|sưu tầm|lược trích|lược dịch|theo [^)]+)\)$/i);

/** A byline label alone on its line ("Thực hiện:"): the names follow on the next line. */
export const BYLINE_LABEL_ALONE = vi(/^(tin|bài|ảnh|tin và ảnh|tin, ảnh|bài và ảnh|bài, ảnh|theo|thực hiện|tác giả|người viết|phóng viên)\s*:$/i);

/** A credit line for the photos alone ("Ảnh: Hồng Nhị"): a byline's second line, never a byline alone. */
export const PHOTO_CREDIT = vi(/^ảnh\s*:\s*/i);

/** The outlet a report was taken from, after its authors ("LTT - Theo BaoHatinh.vn"): neither author nor unit. */
export const BYLINE_SOURCE_NOTE = vi(/^theo\s+\S/i);

/**
 * Photo captions that end with a full stop, which a short line without closing
 * punctuation does not need: a short line naming the picture ("Các ý kiến phát biểu
 * thảo luận tại hội nghị.") or one whose action closes the line ("Đồng chí … chủ trì
 * hội nghị."), unlike a body sentence that goes on after its verb.
 */
export const PUNCTUATED_CAPTIONS: RegExp[] = viList([
  /^(?:quang cảnh|toàn cảnh|ảnh|hình ảnh|các đại biểu|đại biểu|các ý kiến|ý kiến)(?![\p{L}\p{M}])(?:\S*\s+){0,13}\S+$/iu,
  /^(?:đồng chí|các đồng chí|lãnh đạo|tuv|uvbtv|bí thư|phó bí thư|chủ tịch) .* (?:phát biểu|chủ trì|trao|tặng|kiểm tra|thăm|dự|báo cáo|trình bày)(?:\s+\S+){0,4}$/iu,
]);

/** Longest line, in words, still taken for a photo caption or a byline. */
export const CAPTION_MAX_WORDS = 32;
export const BYLINE_MAX_WORDS = 14;

/* ------------------------------------------------------------------ places */

/** Up to four capitalised words: a place name as these reports print it. */
const PROPER_NAME = String.raw`(\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){0,3})`;

/**
 * How running text names a district-level unit of the years before the 2025 reform
 * ("huyện Mỹ Đức", "Huyện ủy Kiến Thụy", "Trung tâm TT&VH Ba Chẽ"). The captured name
 * counts only if the gazetteer knows it.
 */
export const DISTRICT_MENTIONS: RegExp[] = viList([
  new RegExp(String.raw`(?:[Hh]uyện|[Qq]uận|[Tt]hị xã|Thị Xã|Thành phố) ${PROPER_NAME}`, 'gu'),
  new RegExp(String.raw`(?:[Hh]uyện|[Qq]uận|[Tt]hị) (?:ủy|Ủy) ${PROPER_NAME}`, 'gu'),
  new RegExp(String.raw`(?:Trung tâm|Đài|Ban) [^\s]*(?:TT|VH|TH)[^\s]* ${PROPER_NAME}$`, 'gu'),
]);

/** How running text names a province or centrally-governed city ("Thành uỷ Hà Nội", "tỉnh Quảng Ninh"). */
export const PROVINCE_MENTIONS: RegExp[] = viList([
  new RegExp(String.raw`(?:[Tt]ỉnh|[Tt]hành phố|TP\.?) ${PROPER_NAME}`, 'gu'),
  new RegExp(String.raw`(?:[Tt]ỉnh|[Tt]hành) (?:ủy|Ủy) ${PROPER_NAME}`, 'gu'),
]);

/**
 * Lines that read as Markdown or HTML syntax ("|a|b|", "# …", a code fence, "> …",
 * "- item", "<div>"): shown literally as paragraphs, never taken for a photo caption.
 */
export const MARKUP_LOOKING_LINE = /^(?:\||#{1,6}(?:\s|$)|`{3}|~{3}|>|[-*+](?:\s|$)|<\/?[a-z!?])|\|\s*$/i;

/**
 * Two reports with the same title and publication time are one report reposted when at
 * least this share of their bodies' three-word runs is the same (Jaccard similarity).
 */
export const REPOST_MIN_SIMILARITY = 0.8;
