"""Words that head a job title, in the eight languages detection reads (syntax in ``scanner``)."""
from __future__ import annotations

from .scanner import split_terms

ROLE_HEADS = split_terms(
    # en ("practice lead" is a role, not practice)
    "practice lead | practice manager | practice director | practice head | practice area | engineer"
    " | practice nurse | practice partner | practice pharmacist | practice assistant | practice administrator"
    " | practice coordinator | practice educator | advanced practice nurse | advanced practitioner"
    " | group leader | sister. | matron | midwife | paramedic | junior doctor | registrar | rn. | lpn. | rpn."
    # kitchens and bakeries, in the languages their invitations come in
    " | sous chef | chef de partie | commis | line cook | pastry chef | kitchen porter | jungkoch | ~koch | köchin"
    " | konditor | konditorin | bäcker | bäckerin | second de cuisine | cuisinier | cuisinière | pâtissier"
    " | cocinero | cocinera | ayudante de cocina | cozinheiro | cozinheira | cuoco | cuoca | kok."
    " | ~professur | juniorprofessor | juniorprofessorin"
    " | engineering manager | developer | programmer | architect | analyst | scientist | manager"
    " | director | lead. | head of | designer | consultant | accountant | auditor | controller | coordinator"
    " | editor | writer | copywriter | specialist | associate | assistant | administrator | officer"
    " | executive | representative | rep. | advisor | adviser | intern. | interns. | internship | trainee"
    " | apprentice | researcher | technician | operator | nurse | teacher | tutor | clerk | cashier | chef"
    " | driver | marketer | strategist | producer | planner | buyer | paralegal | attorney | lawyer"
    " | counsel. | pharmacist | therapist | physician | mechanic | electrician | owner. | sre. | devops"
    " | qa. | tester | principal | vp. | vice president | cto. | cfo. | coo. | fellow. | postdoc"
    " | professor | lecturer | economist | statistician | actuary | underwriter | banker | trader. | broker"
    " | contractor | freelancer | receptionist | secretary | bookkeeper | supervisor | inspector | generalist | recruiter | barista"
    " | pilot. | steward | attendant | agent. | sales | pm. | tpm. | pmm. | swe. | sde. | sdet. | sdr."
    " | bdr. | csm."
    # de
    " | werkstudent | praktikant | praktikum | ~entwickler | ~ingenieur | ~berater | ~leiter | ~leitung"
    " | referent | sachbearbeiter | kaufmann | kauffrau | mitarbeiter | assistenz | fachkraft | (m/w/d"
    " | ~manager | ~analyst | ~wissenschaftler | ~forscher"
    # fr
    " | chargé | chargée | chef de | chef. | développeur | développeuse | ingénieur | responsable"
    " | stagiaire | alternant | alternance | analyste | directeur | directrice | conseiller | conseillère"
    " | comptable | commercial | technicien | technicienne | gestionnaire | consultante | coordinateur"
    " | coordinatrice | rédacteur | rédactrice | juriste | vendeur | vendeuse | scientifique | chercheur"
    " | chercheuse | architecte | (h/f"
    # es
    " | analista | ingeniero | ingeniera | desarrollador | desarrolladora | gerente | jefe | jefa"
    " | coordinador | coordinadora | asistente | becario | becaria | practicante | consultor | consultora"
    " | directora | contador | contadora | técnico | técnica | especialista | diseñador | diseñadora"
    " | ejecutivo | ejecutiva | auxiliar | programador | programadora | abogado | abogada | científico"
    " | científica | investigador | investigadora | arquitecto | arquitecta | líder | representante"
    # pt
    " | engenheiro | engenheira | desenvolvedor | desenvolvedora | coordenador | coordenadora"
    " | estagiário | estagiária | estágio | assistente | diretor | diretora | projetista | cientista"
    " | pesquisador | pesquisadora | arquiteto | arquiteta"
    # it
    " | sviluppatore | sviluppatrice | ingegnere | addetto | addetta | stagista | tirocinio | tirocinante"
    " | consulente | impiegato | impiegata | direttore | tecnico | specialista | commerciale | contabile"
    " | programmatore | programmatrice | scienziato | scienziata | ricercatore | ricercatrice"
    # nl
    " | medewerker | medewerkster | ontwikkelaar | adviseur | stagiair | beheerder | analist | ontwerper"
    " | coördinator | teamleider | projectleider | accountmanager | verkoper | docent | onderzoeker"
    # ja
    " | エンジニア | 開発 | デザイナー | マネージャー | マネジャー | 総合職 | 営業 | 企画 | 担当 | 事務"
    " | コンサルタント | アナリスト | 研究 | インターン | ディレクター | プランナー | リーダー | 職"
    " | サイエンティスト | リサーチャー | アーキテクト | スペシャリスト | プログラマー | マーケター | プロデューサー"
)
