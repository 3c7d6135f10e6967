import type { PrivacyNotice } from './api/consents';

/** The notice as the API serves it in Vietnamese, version 1. */
export const PRIVACY_NOTICE: PrivacyNotice = {
  version: 1,
  language: 'vi',
  title: 'Thông báo về xử lý dữ liệu cá nhân',
  controller: 'Văn phòng cơ quan tổ chức đối thoại (bên kiểm soát dữ liệu) xử lý họ tên, số điện thoại, thư điện tử, địa chỉ và nội dung Ông/Bà cung cấp.',
  retention: 'Dữ liệu liên hệ được lưu đến 2 năm sau khi vụ việc kết thúc; sau đó được ẩn danh.',
  rights: 'Ông/Bà có quyền xem, sửa, yêu cầu xóa dữ liệu và rút lại từng sự đồng ý bất cứ lúc nào.',
  purposes: [
    { purpose: 'HANDLE_MATTER', label: 'Đồng ý để cơ quan tiếp nhận và xử lý ý kiến, kiến nghị này', description: 'Cần có để tiếp nhận dữ liệu của Ông/Bà.' },
    { purpose: 'CONTACT_ME', label: 'Đồng ý để cơ quan liên hệ với tôi về việc này', description: 'Khi rút lại, hệ thống không gửi gì thêm.' },
    { purpose: 'SHOW_NAME_PUBLICLY', label: 'Đồng ý công khai họ tên', description: 'Nếu không đồng ý, chỉ ghi “Công dân” kèm tên phường, xã.' },
  ],
};
