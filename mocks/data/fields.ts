// The fields (lĩnh vực) of administrative procedures a province's one-stop system sorts dossiers into, with the
// names such systems use, which units handle each (communes, and departments by their code in feed-simulation.ts)
// and how a field's dossiers tend to go: the statutory days to resolve one, and how often one runs late.
// Shared by the synthetic dossier export (scripts/write-demo-dossiers.ts) and, later, the demo feed by field.

export type FieldSpec = {
  readonly id: string;
  readonly name: string;
  /** Handled by every commune (xã, phường). */
  readonly commune: boolean;
  /** Codes of the departments that handle it (the centre receives every department field on their behalf). */
  readonly departments: readonly string[];
  /** The usual statutory time to resolve a dossier, in working days. */
  readonly days: number;
  /** The share of its dossiers resolved late, before a unit's own standing. */
  readonly lateShare: number;
};

export const FIELDS: readonly FieldSpec[] = [
  { id: 'HT', name: 'Hộ tịch', commune: true, departments: ['STP'], days: 3, lateShare: 0.01 },
  { id: 'CT', name: 'Chứng thực', commune: true, departments: ['STP'], days: 1, lateShare: 0.005 },
  { id: 'NCN', name: 'Nuôi con nuôi', commune: true, departments: ['STP'], days: 20, lateShare: 0.02 },
  { id: 'LLTP', name: 'Lý lịch tư pháp', commune: false, departments: ['STP'], days: 10, lateShare: 0.04 },
  { id: 'QT', name: 'Quốc tịch', commune: false, departments: ['STP'], days: 30, lateShare: 0.05 },
  { id: 'DD', name: 'Đất đai', commune: true, departments: ['SNNMT'], days: 15, lateShare: 0.18 },
  { id: 'MT', name: 'Môi trường', commune: true, departments: ['SNNMT'], days: 20, lateShare: 0.06 },
  { id: 'TNN', name: 'Tài nguyên nước', commune: false, departments: ['SNNMT'], days: 25, lateShare: 0.05 },
  { id: 'NN', name: 'Nông nghiệp', commune: true, departments: ['SNNMT'], days: 10, lateShare: 0.03 },
  { id: 'TS', name: 'Thủy sản', commune: false, departments: ['SNNMT'], days: 10, lateShare: 0.03 },
  { id: 'XD', name: 'Xây dựng', commune: true, departments: ['SXD'], days: 15, lateShare: 0.08 },
  { id: 'GTVT', name: 'Giao thông vận tải', commune: false, departments: ['SXD'], days: 7, lateShare: 0.03 },
  { id: 'DKKD', name: 'Đăng ký kinh doanh', commune: true, departments: ['STC'], days: 3, lateShare: 0.02 },
  { id: 'DT', name: 'Đầu tư', commune: false, departments: ['STC', 'BQLKCN'], days: 15, lateShare: 0.05 },
  { id: 'QLCS', name: 'Quản lý công sản', commune: false, departments: ['STC'], days: 20, lateShare: 0.04 },
  { id: 'BTXH', name: 'Bảo trợ xã hội', commune: true, departments: ['SYT'], days: 7, lateShare: 0.02 },
  { id: 'KCB', name: 'Khám bệnh, chữa bệnh', commune: false, departments: ['SYT'], days: 20, lateShare: 0.04 },
  { id: 'DUOC', name: 'Dược phẩm', commune: false, departments: ['SYT'], days: 15, lateShare: 0.03 },
  { id: 'ATTP', name: 'An toàn thực phẩm', commune: false, departments: ['SYT', 'SCT', 'SNNMT'], days: 15, lateShare: 0.03 },
  { id: 'NCC', name: 'Người có công', commune: true, departments: ['SNV'], days: 12, lateShare: 0.03 },
  { id: 'LD', name: 'Lao động', commune: false, departments: ['SNV', 'BQLKCN'], days: 7, lateShare: 0.02 },
  { id: 'VL', name: 'Việc làm', commune: false, departments: ['SNV'], days: 10, lateShare: 0.02 },
  { id: 'TDKT', name: 'Thi đua, khen thưởng', commune: true, departments: ['SNV'], days: 20, lateShare: 0.02 },
  { id: 'TG', name: 'Tín ngưỡng, tôn giáo', commune: true, departments: ['SDTTG'], days: 20, lateShare: 0.03 },
  { id: 'GDDT', name: 'Giáo dục và Đào tạo', commune: true, departments: ['SGDDT'], days: 10, lateShare: 0.02 },
  { id: 'VH', name: 'Văn hóa', commune: true, departments: ['SVHTTDL'], days: 10, lateShare: 0.02 },
  { id: 'DL', name: 'Du lịch', commune: false, departments: ['SVHTTDL'], days: 10, lateShare: 0.02 },
  { id: 'KHCN', name: 'Khoa học và Công nghệ', commune: false, departments: ['SKHCN'], days: 15, lateShare: 0.03 },
  { id: 'CN', name: 'Công nghiệp', commune: false, departments: ['SCT', 'BQLKCN'], days: 10, lateShare: 0.03 },
  { id: 'TM', name: 'Thương mại', commune: false, departments: ['SCT'], days: 7, lateShare: 0.02 },
  { id: 'CTRU', name: 'Cư trú', commune: true, departments: ['CA'], days: 7, lateShare: 0.01 },
  { id: 'XNC', name: 'Xuất nhập cảnh', commune: false, departments: ['CA'], days: 8, lateShare: 0.01 },
  { id: 'LS', name: 'Lãnh sự', commune: false, departments: ['SNGV'], days: 5, lateShare: 0.02 },
  { id: 'KNTC', name: 'Giải quyết khiếu nại, tố cáo', commune: true, departments: ['TTR'], days: 30, lateShare: 0.08 },
];

/** The fields a unit handles: by kind, and for a department by the code after the province id ("92-STP" → STP). */
export function fieldsHandledBy(unit: { id: string; kind: string }): FieldSpec[] {
  if (unit.kind === 'commune') return FIELDS.filter((f) => f.commune);
  if (unit.kind === 'center') return FIELDS.filter((f) => f.departments.length > 0);
  if (unit.kind === 'department') {
    const code = unit.id.slice(unit.id.indexOf('-') + 1);
    return FIELDS.filter((f) => f.departments.includes(code));
  }
  return [];
}
