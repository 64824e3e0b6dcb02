/**
 * The national 政府收支分类科目: the 类 of the functional classification, which 收支总表 print by name
 * only, and the levels of codes. The economic classification's names → codes come from the documents
 * themselves (see economicDictionary.ts).
 */

/** 支出功能分类 类 names (2024 edition) → 3-digit codes. */
export const FUNCTIONAL_CLASSES: Readonly<Record<string, string>> = {
	一般公共服务支出: '201',
	外交支出: '202',
	国防支出: '203',
	公共安全支出: '204',
	教育支出: '205',
	科学技术支出: '206',
	文化旅游体育与传媒支出: '207',
	社会保障和就业支出: '208',
	社会保险基金支出: '209',
	卫生健康支出: '210',
	节能环保支出: '211',
	城乡社区支出: '212',
	农林水支出: '213',
	交通运输支出: '214',
	资源勘探工业信息等支出: '215',
	商业服务业等支出: '216',
	金融支出: '217',
	援助其他地区支出: '219',
	自然资源海洋气象等支出: '220',
	住房保障支出: '221',
	粮油物资储备支出: '222',
	国有资本经营预算支出: '223',
	灾害防治及应急管理支出: '224',
	预备费: '227',
	其他支出: '229',
	转移性支出: '230',
	债务还本支出: '231',
	债务付息支出: '232',
	债务发行费用支出: '233',
	抗疫特别国债安排的支出: '234',
	往来性支出: '239',
};

/** Strips the ordinal (`十九、`), the `(类)` marker and spaces from a 类 name. */
export function bareClassName(name: string): string {
	return name
		.replace(/^[一二三四五六七八九十百]+[、.]/, '')
		.replace(/\((类|款|项)\)/g, '')
		.replace(/\s+/g, '');
}

/** The 3-digit code of a 类 given by name, or undefined. */
export const functionalClassCode = (name: string): string | undefined =>
	FUNCTIONAL_CLASSES[bareClassName(name)];

/** 3 → 1 (类), 5 → 2 (款), 7 → 3 (项). */
export function functionalLevel(code: string): number | undefined {
	return code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : undefined;
}

export const FUNCTIONAL_CODE = /^2\d{2}(\d{2}){0,2}$/;
/** Economic codes: 类 301…399 (3 digits), 款 5 digits. */
export const ECONOMIC_CODE = /^3\d{2}(\d{2})?$/;
