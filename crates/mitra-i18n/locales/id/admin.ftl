# Mitra: halaman-halaman administrator (pengguna dan undangan, log audit, kotak keluar). Waktu
# di halaman-halaman ini dalam UTC. Ekspor CSV log audit ditujukan untuk mesin dan tidak
# diterjemahkan.

## Dipakai bersama

# Suatu saat: tanggal yang ditulis sesuai lokal, lalu jam (24 jam, UTC).
admin-date-time = { $date } pukul { $time }
admin-column-email = Alamat email
admin-column-role = Peran

## Beranda administrasi

admin-title = Administrasi
admin-index-users = Pengguna dan undangan
admin-index-users-about = Undang orang, dan lihat siapa saja yang memiliki akun beserta perannya.
admin-index-audit = Log audit
admin-index-audit-about = Setiap perubahan, siapa yang melakukannya, serta data sebelum dan sesudahnya.
admin-index-outbox = Kotak keluar
admin-index-outbox-about = Email yang telah disusun oleh Mitra.

## Pengguna dan undangan

admin-users-title = Pengguna dan undangan
admin-invite-heading = Undang pengguna
admin-invite-email = Alamat email
admin-invite-role = Peran
admin-invite-organisation = Organisasi
admin-invite-organisation-hint = ID yang tertera di alamat halaman organisasi. Kosongkan untuk peran di instansi pengelola sendiri.
admin-invite-organisation-not-an-id = Masukkan ID dari alamat halaman organisasi, atau kosongkan isian ini.
admin-invite-language = Bahasa email
admin-invite-send = Kirim undangan
# Ditampilkan setelah undangan dikirim, diikuti tautan ke kotak keluar.
admin-invite-sent = Undangan sedang dikirim ke { $email }.
admin-invite-see-outbox = Lihat di kotak keluar
admin-invitations-heading = Undangan
admin-invitations-state = Status
admin-invitations-expires = Berlaku sampai
admin-invitations-none = Belum ada undangan yang dikirim.
admin-invitation-accepted = Diterima
admin-invitation-expired = Kedaluwarsa
admin-invitation-waiting = Menunggu diterima
admin-users-heading = Pengguna
admin-users-name = Nama
admin-users-roles = Peran
admin-users-since = Sejak
# Peran di satu organisasi, yang disebut dengan ID-nya.
admin-user-role-in = { $role } (organisasi { $organisation })

## Log audit

admin-audit-title = Log audit
admin-audit-filter-entity = Jenis data
admin-audit-filter-record = ID data
admin-audit-filter-action = Tindakan
admin-audit-filter = Terapkan filter
admin-audit-record-not-an-id = ID data harus berupa ID dari alamat halaman data tersebut.
admin-audit-download = Unduh entri ini dalam format CSV
admin-audit-none = Tidak ada entri yang sesuai dengan filter ini.
admin-audit-shown = { $count ->
   *[other] Menampilkan { $shown } entri terakhir, mulai dari yang terbaru.
    }
admin-audit-when = Waktu (UTC)
admin-audit-who = Oleh
admin-audit-through = Melalui
admin-audit-record = Data
admin-audit-action = Tindakan
admin-audit-before = Sebelum
admin-audit-after = Sesudah
admin-audit-actor-system = Sistem Mitra
admin-audit-actor-anonymous = Pengguna yang belum masuk

## Asal perubahan

admin-interface-web = Situs web
admin-interface-api = API
admin-interface-cli = Baris perintah
admin-interface-system = Sistem Mitra

## Jenis data di log audit

admin-entity-organization = Organisasi
admin-entity-opportunity = Peluang
admin-entity-consent = Persetujuan berbagi data
admin-entity-user = Pengguna
admin-entity-invitation = Undangan
admin-entity-api-token = Token API
admin-entity-import = Impor

## Tindakan terhadap data

admin-action-create = Dibuat
admin-action-update = Diubah
admin-action-archive = Diarsipkan
admin-action-grant = Diberikan
admin-action-revoke = Dicabut
admin-action-change-password = Kata sandi diubah
admin-action-reset-password = Kata sandi diatur ulang
admin-action-import = Diimpor

## Kotak keluar

admin-outbox-title = Kotak keluar
admin-outbox-intro = Email yang telah disusun oleh Mitra, mulai dari yang terbaru. Waktu dalam UTC.
admin-outbox-empty = Mitra belum menyusun email apa pun.
admin-outbox-to = Kepada { $recipient }
admin-outbox-sent = Dikirim { $when }
admin-outbox-not-sent = Tidak terkirim: { $error }
admin-outbox-kept = Disimpan di sini: server email belum dikonfigurasi.

## Registering a partner organisation

admin-index-organisations = Daftarkan organisasi mitra
admin-index-organisations-about = Bank, instansi, lembaga nirlaba, universitas, atau perusahaan yang membantu UMKM: daftarkan di sini, lalu undang stafnya.
admin-organisation-title = Daftarkan organisasi mitra
admin-organisation-intro = Stafnya bergabung lewat undangan setelah organisasi terdaftar; halaman profilnya lalu memuat data lainnya. Pelaku usaha mendaftar sendiri.
admin-organisation-name = Nama
admin-organisation-kind = Jenis organisasi
admin-organisation-country = Negara
admin-organisation-region = Wilayah (opsional)
admin-organisation-languages = Bahasa kerja
admin-organisation-languages-hint = Tahan tombol Ctrl (atau Cmd) untuk memilih lebih dari satu.
admin-organisation-description = Kegiatannya (opsional)
admin-organisation-create = Daftarkan organisasi
