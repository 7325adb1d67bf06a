-- A Moroccan commune or prefecture heads its letters with its region (جهة فاس-مكناس) above
-- its prefecture or province; the authorities of other countries have none.
alter table local_authority add column region_name_ar varchar(200);
alter table local_authority add column region_name_fr varchar(200);
-- ... and a Moroccan prefecture or province is a kind of authority with a longer name.
alter table local_authority alter column kind set data type varchar(40);
-- A Moroccan council deliberates on joining a network of local governments (law 112-14
-- art. 94): the membership cites that deliberation.
alter table network_membership add column deliberation_number varchar(40);
alter table network_membership add column deliberation_date date;
