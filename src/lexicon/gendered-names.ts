/**
 * Given names that, in news copy, almost always belong to a woman or to a man, so "she said" does
 * not go to "Tom Reyes". Names used for both (Alex, Andrea, Jean, Kim, Robin, Sam) are left out.
 * Written for newsdigest from general knowledge; absence proves nothing.
 */
const FEMALE = `
abigail ada agnes aisha alice alicia alison amanda amelia amina amy ana angela anita ann anna anne
annette annie ayesha barbara beatrice beatriz becky beth betty brenda bridget caitlin camille carla
carmen carol caroline carolyn catherine cathy cecilia celine charlotte cheryl chloe christina christine
cindy claire clara clare claudia cristina cynthia daniela danielle dawn debbie deborah debra denise
diana diane donna doris dorothy eileen elaine eleanor elena elizabeth ellen emily emma esther eva eve
fatima fiona frances francesca gabriela gloria grace hannah heather helen helena hillary ingrid irene
isabel isabella ivana jacqueline jane janet janice jennifer jessica joan joanna josephine joyce judith
judy julia julie karen karin katherine kathleen kathryn katie kate laura lauren linda lisa lucy lydia
margaret maria marie marina marisol martha mary megan melissa michelle monica nadia nancy natalia
natalie nicola nina nora olga olivia pamela patricia paula pauline priya rachel rebecca rita rosa
rose ruth sally samantha sandra sara sarah sharon sheila shirley silvia sofia sophie stephanie susan
suzanne svetlana tanya teresa theresa tina valerie vanessa victoria virginia wendy yasmin yolanda zoe
`;

const MALE = `
aaron abdul abdullah adam adrian ahmad ahmed alan albert alberto alejandro alessandro alexander alexei
alfred andreas andrei andrew angelo anthony antonio arthur barry ben benjamin bernard bernie bill billy
bob boris brad brian bruce bruno carl carlos charles chuck colin craig dale daniel david dennis derek
diego dmitry don donald doug douglas duncan eduardo edward eric ernest felipe fernando francisco frank
fred gary george gerald giuseppe gordon graham greg gregory hans harold harry henry hugo ian igor ivan
jack jacob james jeb jeff jeffrey jim jimmy joe john jonathan jorge jose joseph juan karl keith kenneth
kevin larry lawrence lee leonard luis luke marco marcus mario mark martin matthew michael miguel
mikhail mohammed muhammad nicholas nigel oliver omar oscar patrick paul pedro peter philip pierre rafael
ralph raymond richard robert roger ronald roy russell ryan samuel scott sean sergei simon stanley
stephen steve steven stuart ted thomas tim timothy tom tony vincent vladimir walter wayne william yuri
`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);
export const FEMALE_NAMES: ReadonlySet<string> = new Set(words(FEMALE));
export const MALE_NAMES: ReadonlySet<string> = new Set(words(MALE));
