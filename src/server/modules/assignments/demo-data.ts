// Data of the first directive (seeds/000): the demo and the tests reproduce it.

/** The text of footnote 2 of directive 000 (the 72 communes and wards that had not issued their plan) as the PDF gives it: names broken across lines. */
export const FOOTNOTE_2 = `Phường Quy Nhơn Tây; Phường Quy Nhơn Bắc; Xã Nhơn Châu; Phường An Nhơn Đông; Xã An Nhơn Tây; Phường 
An Nhơn Bắc; Phường Tam Quan; Phường Hoài Nhơn Đông; Phường Hoài Nhơn Tây; Phường Hoài Nhơn Nam; Xã 
Phù Cát; Xã Cát Tiến; Xã Hòa Hội; Xã Hội Sơn; Xã An Lương; Xã Bình Dương; Xã Phù Mỹ Đông; Xã Phù Mỹ Tây; 
Xã Phù Mỹ Nam; Xã Phù Mỹ Bắc; Xã Tuy Phước; Xã Tuy Phước Đông; Xã Tuy Phước Tây; Xã Tuy Phước Bắc; Xã 
Tây Sơn; Xã Bình Khê; Xã Bình Phú; Xã Bình Hiệp; Xã Hoài Ân; Xã Ân Tường; Xã Kim Sơn; Xã Vân Canh; Xã 
Canh Vinh; Xã Canh Liên; Xã Vĩnh Thịnh; Xã Vĩnh Sơn; Xã An Hòa; Xã An Toàn; Phường Diên Hồng; Xã Gào; Xã 
Ia Ly; Xã Bàu Cạn; Xã Ia Lâu; Xã Ia Ko; Xã Ya Hội; Xã Kông Bơ La; Xã Đak Rong; Xã Kông Chro; Xã Ya Ma; Xã 
SRó; Xã Chơ Long; Phường Ayun Pa; Xã Ia Sao; Xã Phú Thiện; Xã Ia Hiao; Xã Ia Pa; Xã Ia Rsai; Xã Uar; Xã Kon 
Gang; Xã Kdang; Xã Kon Chiêng; Xã Hra; Xã Ayun; Xã Ia Krái; Xã Ia Hrung; Xã Đức Cơ; Xã Ia Krêl; Xã Ia O; Xã 
Ia Púch; Xã Ia Mơ; Xã Ia Chia; Xã Krong.`;
