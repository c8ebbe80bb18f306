/**
 * Common given names across cultures, lower case, to tell a person ("Maria Lund") from an
 * organisation or a work ("Standard Life", "Family Guy") when nothing else in the text says which.
 * Written for newsdigest from general knowledge; not exhaustive, so absence proves nothing alone.
 */
const NAMES = `
aaron abby abdul abdullah abel abigail abraham ada adam adrian adriana agnes ahmad ahmed aidan aisha
alan alastair albert alberto alejandro aleksandr aleksandra alessandro alex alexander alexandra alexandre
alexei alexis alfred alfredo ali alice alicia alison allan allison alma amanda amber amelia amina amir
amit amy ana anastasia anders andrea andreas andrei andrew andrzej andy angel angela angelo angus anil
anita ann anna anne annette annie anthony anton antonio antony anwar april archie arjun arnold arthur
arturo ashley ashok ayesha barbara barry bart beatrice beatriz becky ben benjamin bernard bernardo
bernie beth betty bill billy bjorn blake bob bobby bogdan boris brad bradley brandon brenda brendan
brian bridget britney bruce bruno bryan caitlin callum cameron camille carl carla carlo carlos carmen
carol caroline carolyn carrie cassandra catherine cathy cecilia celine charles charlie charlotte chen
cheryl chloe chris christian christina christine christopher chuck cindy claire clara clare claudia
claudio clive colin connor conor craig cristina cynthia dale dan dana daniel daniela daniele danielle
danny dario darren dave david dawn dean debbie deborah debra declan denis denise dennis derek diana
diane diego dieter dimitri dmitry dominic dominique don donald donna doris dorothy doug douglas duncan
dylan eamon ed eddie edgar edith edmund edoardo eduardo edward edwin eileen elaine eleanor elena eli
elias elijah elisabeth elise eliza elizabeth ella ellen ellie elsa emil emilia emily emma emmanuel enrico
enrique eric erica erik erin ernest ernesto esther ethan eugene eva evan eve evelyn fabio faisal farah
fatima federico felipe felix fernando fiona florence francesca francesco francis francisco frank frankie
franz fred freddie frederick gabriel gabriela gail gareth gary gavin gemma geoff geoffrey george georgia
gerald gerard gerhard gianni gillian gina giorgio giovanni giuseppe glen glenn gloria gordon grace graham
greg gregory guillermo gustavo guy hamid hannah hans harold harriet harry hassan hazel heather hector
heidi heinz helen helena helmut henri henrik henry herbert hilary hiroshi holly howard hugh hugo hussein
ian ibrahim igor imran ines ingrid irene iris isaac isabel isabella isabelle ivan jack jackie jacob
jacqueline jacques jake james jamie jan jane janet janice jared jason javier jay jean jeff jeffrey
jennifer jenny jeremy jerome jerry jess jessica jim jimmy jo joan joanna joanne joao joe joel johan
johann johannes john johnny jon jonathan jordan jorge jose josef joseph josh joshua joy juan judith
judy julia julian julie julien juliet julio justin kamal karen karim karin karl kate katherine kathleen
kathryn kathy katie katrina kay keith kelly ken kenneth kenji kerry kevin khalid kim kirsty klaus kristen
kurt kyle lars laura lauren laurence lawrence leah lee leila len leo leon leonard leonardo leslie liam
lily linda lindsay lisa liz lois lorenzo louis louise luc luca lucas lucia lucy luis luke lynn
madeleine maggie magnus mahmoud malcolm manuel marc marcel marco marcus margaret maria marian marie
marina mario marion mark marta martha martin martina mary mateo matt matteo matthew matthias maureen
max maxim maya megan mehmet melanie melissa michael michel michelle miguel mike mikhail milan miriam
mohamed mohammad mohammed molly monica morgan muhammad murray mustafa nadia nancy naomi natalia natalie
natasha nathan neil nelson niall nicholas nick nicola nicolas nicole nigel nikita nikolai nina noah
noel nora norman oleg olga oliver olivia omar oscar otto owen pablo paddy pamela paolo patricia patrick
paul paula pauline pedro peggy penny peter petra phil philip philippe phillip pierre pietro piotr priya
rachel rafael rahul raj rajesh ralph ramon randy raul ray raymond rebecca reza ricardo richard rick
rita rob robert roberta roberto robin rod rodrigo roger roman ron ronald rosa rose ross roy ruby rudolf
rupert russell ruth ryan sabine sally salman sam samantha samir samuel sandra sanjay sara sarah sean
sebastian sergei sergey sergio seth shane sharon shaun sheila shirley sian simon simone sofia sonia
sophie stanley stefan stefano stella stephanie stephen steve steven stuart sue susan suzanne sven
sylvia tamara tanya tara ted teresa terry thea theo theresa thomas tiffany tim timothy tina toby todd
tom tommy toni tony tracy trevor ulrich valentina valerie vanessa vera veronica victor victoria vijay
vikram vincent viktor vivian vladimir walter wang wayne wendy werner will william wolfgang xavier
yasmin yuri yusuf yvonne zach zachary zoe
abdel abu adel ahmet akira aleksei alistair amal anand andile arash ashraf aziz bashir bilal chinedu
daisuke deepak emeka fatma fernanda giulia haruki hideki hiroko hyun ji jiang jin joon kaveh kazuo
keiko kofi kwame li liu mariam masaru min ming mohsen nasser ngozi nikolaos nour olu oluwaseun omid
parisa pradeep rania ravi reem rui sakura salim sanjeev seo shinzo shu sunil takeshi tariq tatiana
wei xi yan yaw yoko yong youssef yuki yusuke zainab zhang
stan hillary mitt rudy newt dick
pat tess wes vic mel hal gus hank buddy pete ned lou sonny earl cliff rex drew taylor tyler
virginia
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
