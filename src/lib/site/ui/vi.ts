import type { IssuerLevel, MeetingKind } from '../../../schemas/entities.ts';
import { SEARCH_FILTERS } from '../../search/search-contract.ts';
import type { FacetName } from '../archive/facets.ts';

const named = (facet: FacetName) => SEARCH_FILTERS[facet].label;
const count = (noun: string) => (n: number) => `${n.toLocaleString('vi-VN')} ${noun}`;

/**
 * Every word of the site's interface, in Vietnamese, in one place: names, navigation,
 * labels and the phrases built around counts and dates. The prose of the about and
 * open-data pages stays in those pages, and the date forms in dates/format-date.ts.
 */
export const vi = {
  site: {
    /** The archive's name, as every page, the header and the feed show it. */
    name: 'Kho lưu trữ tin tức cấp huyện',
    description: 'Lưu trữ các bản tin hội nghị, giao ban của Huyện ủy, UBND các huyện: tìm theo năm, huyện, tỉnh, chuyên mục.',
    keptAsWritten: 'Văn bản được lưu nguyên như bản gốc, kể cả lỗi chính tả.',
  },
  skipLink: 'Bỏ qua, đến nội dung chính',
  nav: {
    label: 'Chính',
    all: 'Tất cả bài',
    years: 'Theo năm',
    districts: 'Theo huyện',
    categories: 'Chuyên mục',
    officials: 'Nhân vật',
    documents: 'Văn bản',
    about: 'Giới thiệu',
    aboutAndCiting: 'Giới thiệu và cách trích dẫn',
    openData: 'Dữ liệu mở',
    feed: 'RSS',
  },
  quickSearch: { label: 'Tìm nhanh', field: 'Tìm kiếm trong kho lưu trữ', placeholder: 'Tìm bài viết…', submit: 'Tìm' },
  crumbs: { label: 'Vị trí', home: 'Trang chủ' },
  pagination: { label: 'Phân trang', previous: '‹ Trước', next: 'Sau ›', page: (n: number) => `Trang ${n}` },
  listing: {
    articles: count('bài viết'),
    /** "trang 2/3 · bài 21–40" after the count of a listing longer than a page. */
    range: (page: number, last: number, from: number, to: number) => `trang ${page}/${last} · bài ${from}–${to}`,
    pageTitle: (title: string, page: number) => `${title} – trang ${page}`,
  },
  /** The one wording for a date a report does not give. */
  unknownDate: 'Không rõ ngày',
  /** How each facet is named in headings and breadcrumbs: the search filter's own label. */
  facets: {
    year: { index: `Theo ${named('year').toLowerCase()}`, value: (value: string) => `${named('year')} ${value}` },
    district: { index: `Theo ${named('district').toLowerCase()}`, value: (value: string) => `${named('district')} ${value}` },
    province: { index: `Theo ${named('province').toLowerCase()}`, value: (value: string) => `${named('province')} ${value}` },
    category: { index: named('category'), value: (value: string) => `${named('category')}: ${value}` },
  } satisfies Record<FacetName, { index: string; value: (value: string) => string }>,
  /** How each kind of meeting is named on the page. */
  meetingKinds: {
    'giao-ban': 'Hội nghị giao ban',
    'hoi-nghi-ban-chap-hanh': 'Hội nghị Ban Chấp hành',
    'hoi-nghi-ban-thuong-vu': 'Hội nghị Ban Thường vụ',
    'phien-hop': 'Phiên họp',
    'ky-hop': 'Kỳ họp',
    'hoi-nghi': 'Hội nghị',
  } satisfies Record<MeetingKind, string>,
  article: {
    views: count('lượt xem'),
    source: 'Nguồn',
    fetched: 'Lưu về ngày',
    provenance: 'Nguồn gốc bài viết',
    rawFile: 'Tệp gốc',
    sameContent: 'Tệp gốc cùng nội dung',
    reposts: 'Bài đăng lại',
    encoding: 'Bảng mã',
    warnings: 'Ghi chú khi nhập',
    neighbours: 'Bài trước và bài sau',
    older: '‹ Bài cũ hơn',
    newer: 'Bài mới hơn ›',
    related: 'Bài liên quan',
  },
  home: {
    holds: 'Kho lưu trữ có',
    articles: 'bài viết.',
    seeAll: 'Xem tất cả, mới nhất trước',
    latest: 'Bài mới nhất',
    entities: 'Nhân vật và văn bản',
    openData: 'Dữ liệu mở (JSON, CSV)',
    /** "Xem tất cả (34)" under a facet's first values. */
    allValues: (n: number) => `Xem tất cả (${n})`,
  },
  undated: 'Bài viết không rõ ngày đăng',
  notFound: {
    title: 'Không tìm thấy trang',
    text: 'Trang bạn tìm không có trong kho lưu trữ, hoặc đã được chuyển đi.',
    home: 'Về trang chủ',
    or: 'hoặc',
    search: 'tìm kiếm bài viết',
  },
  meeting: {
    heading: 'Cuộc họp',
    kind: 'Loại',
    session: (n: number) => ` lần thứ ${n}`,
    body: 'Cơ quan',
    term: 'Khóa',
    tenure: 'Nhiệm kỳ',
    date: 'Ngày họp',
  },
  officials: {
    title: 'Nhân vật',
    noun: 'nhân vật',
    intro: 'Những người được các bài viết nêu tên cùng chức vụ, theo thứ tự tên.',
    named: 'Nhân vật được nêu tên',
    reports: 'Các bài viết nhắc đến, mới nhất trước',
    history: 'Chức vụ theo các bài viết',
    columns: ['Chức vụ', 'Lần đầu', 'Gần nhất', 'Số bài'],
  },
  documents: {
    title: 'Văn bản được dẫn',
    short: 'Văn bản',
    noun: 'văn bản',
    intro: 'Nghị quyết, chỉ thị, kế hoạch… mà các bài viết dẫn số hiệu, theo loại và số.',
    reports: 'Các bài viết dẫn văn bản này, theo thứ tự thời gian',
    kind: 'Loại',
    id: 'Số hiệu',
    level: 'Cấp ban hành',
    levels: { national: 'Trung ương', province: 'Tỉnh, thành phố', district: 'Huyện' } satisfies Record<IssuerLevel, string>,
    signed: 'Ngày ký',
    firstCited: 'Trích dẫn đầu tiên',
  },
  chart: {
    label: (year: string) => `Số bài viết mỗi tháng năm ${year}`,
    /** What a month's bar says: "Tháng 3/2023: 12 bài viết". */
    bar: (month: string, n: number) => `${month}: ${count('bài viết')(n)}`,
    homeHeading: 'Theo năm và tháng',
    homeHint: 'Mỗi cột là một tháng, từ tháng 1 đến tháng 12; chọn một cột để xem các bài của tháng đó.',
    yearCaption: 'Số bài viết mỗi tháng; các tháng có bài:',
    months: (year: string) => `Các tháng năm ${year}`,
    month: (n: number) => `Tháng ${n}`,
  },
} as const;
