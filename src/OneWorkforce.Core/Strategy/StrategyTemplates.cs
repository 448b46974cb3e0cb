namespace OneWorkforce.Core.Strategy;

/// <summary>An action of a template: what it is, and as much of seed 003's or seed 004's columns as the source gives.</summary>
public sealed record TemplateAction(string Title, string? Timescale = null, string? Outcomes = null, string? TimescaleText = null, string Arcs = "all",
    string? Lead = null, long? CostPounds = null, bool Priority = false, string? Partners = null);

public sealed record TemplatePriority(string Title, IReadOnlyList<TemplateAction> Actions, string? Sector = null, string? Description = null);

public sealed record StrategyTemplate(string Code, string Name, string Title, string Vision, string Scope, int StartYear, int EndYear,
    IReadOnlyList<TemplatePriority> Priorities, IReadOnlyList<TemplateAction> Actions);

/// <summary>
/// The seed strategies an area can start from: the Sector Skills Agreement's five priorities and nineteen solutions with
/// their timescales (seed 004 §3.7 and §4.3), Herefordshire's eight priorities (seed 001) and Leicestershire's twelve
/// actions for 2009/10 (seed 003 appendix 2, actions 1 and 8 its main priorities).
/// </summary>
public static class StrategyTemplates
{
    public const string SectorSkillsAgreement = "ssa";
    public const string Herefordshire = "herefordshire";
    public const string Leicestershire = "leicestershire";

    private static TemplateAction S(string title, string timescale, string? partners = null) => new(title, Timescale: timescale, Partners: partners);

    public static readonly StrategyTemplate Ssa = new(SectorSkillsAgreement, "Sector Skills Agreement (seed 004)",
        "Children and young people's workforce: Sector Skills Agreement priorities",
        "A modern, world-class children's workforce, with the skills, qualifications and support to improve outcomes for children, young people and families.",
        "The whole children and young people's workforce: employers of every size, the Third Sector, the self-employed and volunteers.", 2008, 2013,
        [
            new("Recruitment and Retention",
            [
                S("Support the diversification of the workforce to better meet the needs of children, young people and families.", Timescales.Medium),
                S("Promote the sector as a world-class workforce which delivers high quality services.", Timescales.Short),
                S("Support the recruitment of new entrants into the sector including people from under-represented groups.", Timescales.Medium),
                S("Develop workforce solutions that are fit for purpose for large employers, SMEs, self-employed workers and the Third Sector.", Timescales.Short,
                    "CWDC, LAs, NCVCCO, Third Sector employers"),
            ]),
            new("Workforce Skills",
            [
                S("Ensure the workforce is equipped with literacy and numeracy skills.", Timescales.Medium),
                S("Improve workforce IT skills and support access to suitable training.", Timescales.Medium),
                S("Support the development of excellent leadership and management skills across the workforce and integrated services.", Timescales.Medium,
                    "CWDC, LAs, employers, DCSF, LSC, HEFCE, Third Sector employers, SfCD, CWN partners"),
                S("Recognise the value of non-accredited learning whilst supporting accreditation of such learning where appropriate.", Timescales.Medium),
                S("Embed the Common Core of Skills and Knowledge across the children's workforce.", Timescales.Medium),
                S("Improve commissioning and procurement skills to support effective local workforce planning and service delivery.", Timescales.Medium),
            ]),
            new("Qualifications and Training",
            [
                S("Rationalise and reduce the number of qualifications ensuring all are fit for purpose and support career development and workforce mobility.", Timescales.Long),
                S("Support delivery of high quality, relevant and employer responsive provision of learning and qualifications.", Timescales.Medium),
                S("Improve take-up and achievement rates of the CCLD Apprenticeship/Advanced Apprenticeship.", Timescales.Short),
                S("Ensure all future qualifications and/or inductions are developed around the requirements of the Common Core.", Timescales.Short, "CWDC, CWN, awarding bodies"),
            ]),
            new("Funding for Training and Development",
            [
                S("Rationalise, simplify and clarify funding for training and development to maximise effectiveness of investment.", Timescales.Medium),
                S("Improve the communication of information on available workforce development support and how it can be accessed.", Timescales.Short),
            ]),
            new("Workforce Intelligence",
            [
                S("Establish a baseline in order to accurately demonstrate impact and inform future planning.", Timescales.Medium),
                S("Agree a shared and effective approach to data collection across the children's workforce.", Timescales.Medium),
                S("Communicate workforce intelligence back to the sector in order to support local workforce planning and service delivery.", Timescales.Medium),
            ]),
        ], []);

    public static readonly StrategyTemplate Hereford = new(Herefordshire, "Herefordshire Children's Trust (seed 001)",
        "Children's Workforce Strategy",
        "A children's workforce that works together across agencies, with the skills and support to improve the lives of children, young people and their families.",
        "Everyone who works or volunteers with children, young people and families, in every sector of the Children's Trust.", 2010, 2012,
        [
            new("Embed workforce planning in all service development and use effective strategies to attract, recruit and retain our workforce", []),
            new("Deliver high quality induction across the workforce, including the use of the online induction programme wherever appropriate", []),
            new("Produce and roll out a training strategy and programme for safeguarding through the Safeguarding Children Board", []),
            new("Support continuing professional development and a career structure in all sectors", []),
            new("Develop integrated working practices and training that is accessible to all, to support locality teams and the remodelling of services", []),
            new("Provide leadership and management development for all levels in all sectors", []),
            new("Ensure quality of training and development provision and introduce evaluation mechanisms, including sharing training opportunities across agencies and greater involvement of children and young people", []),
            new("Develop systems for recognition of the achievements of the workforce and improve a 'one children's workforce' culture", []),
            // Appendix B: sector-specific priorities, in addition to the integrated working actions.
            new("Level 3 in early years as the minimum qualification in all settings, with graduate leaders in every full day care setting", [], "early-years"),
            new("Support newly qualified and experienced social workers, different routes into social work, and CPD at level 3 for family support staff and foster carers", [], "social-care"),
            new("Create more training opportunities across the youth sector to enhance integrated working, and improve youth workforce training at levels 3 and 4", [], "youth-services"),
            new("Support CPD, leadership and succession planning, and the development of school support staff through a framework", [], "education"),
            new("Involve the youth offending workforce in integrated workforce development: safeguarding, the common assessment framework and targeted youth support", [], "youth-justice-police"),
            new("Appropriate child protection training for every part of the health workforce", [], "health"),
            new("Grow, embed and sustain the school and community sport workforce, paid and volunteer, with clear career pathways", [], "sport-leisure-play"),
        ], []);

    public static readonly StrategyTemplate Leicester = new(Leicestershire, "Leicestershire action plan 2009/10 (seed 003)",
        "Children's Workforce Development Strategy: action plan for 2009/10",
        "One children's workforce across the Trust, sharing an identity, values and the Common Core of Skills and Knowledge.",
        "Trust partners' staff and volunteers working with children, young people and their families.", 2009, 2010,
        [],
        [
            new("Development and implementation of a Workforce Development Activation Strategy", Outcomes: "An activation strategy; a programme of workshops and awareness sessions; increased awareness and engagement of partners; a children's workforce website",
                TimescaleText: "Strategy agreed by October 2009; implementation ongoing", Lead: "Tim Woodward", CostPounds: 12_000, Priority: true),
            new("Development of a OCWT plan for 2010", Outcomes: "A plan for use of the tool between January and June 2010; a pool of trained facilitators", TimescaleText: "November 2009", Lead: "Tim Woodward", CostPounds: 1_000),
            new("Refresh the Trust Children's Workforce Strategy and promote shared identity, purpose and vision", Outcomes: "Agreed Children's Workforce Strategy; shared identity, purpose and vision communicated to the workforce",
                TimescaleText: "November 2009", Arcs: "1", Lead: "Tim Woodward", CostPounds: 1_000),
            new("Develop, agree and promote a Children's Workforce Glossary", Outcomes: "A basis for a common language across the children's workforce", TimescaleText: "October 2009", Arcs: "2",
                Lead: "An identified work stream lead", CostPounds: 1_000),
            new("Develop, agree and promote a set of common values applicable across the Children's Workforce", TimescaleText: "November 2009", Arcs: "2", Lead: "An identified work stream lead", CostPounds: 1_000),
            new("Develop, agree and promote a set of desired behaviours applicable across the Children's Workforce", Outcomes: "A published set of agreed behaviours; improved behaviours across the workforce",
                TimescaleText: "December 2009", Arcs: "3", Lead: "An identified work stream lead", CostPounds: 1_000),
            new("Embed the Common Core of Skills and Knowledge into job descriptions and recruitment processes across the partnership", Outcomes: "Better awareness of the Common Core; improved recruitment and retention",
                TimescaleText: "February 2010", Arcs: "5", Lead: "An identified work stream lead", CostPounds: 1_000),
            new("Develop and implement a Common Induction programme across the children's workforce (based upon the Common Core of Skills and Knowledge)",
                Outcomes: "Workforce meets CWDC induction standards; the Common Core embedded; certificate of completion; a catalyst for integrated working",
                TimescaleText: "Phased introduction starting 1 April 2010", Arcs: "5", Lead: "An identified work stream lead", CostPounds: 5_000, Priority: true),
            new("Develop and implement a programme of Multi-Agency training for the Children's Workforce", Outcomes: "Improved multi-agency working; improved skills and knowledge; improved CPD opportunities",
                TimescaleText: "Phased introduction starting 1 April 2010", Arcs: "5", Lead: "An identified work stream lead"),
            new("Develop and implement Workforce Data standards and collection protocols and systems across the partnership", Outcomes: "Evidence-based decisions; targeted workforce development; measuring impact; benchmarking",
                TimescaleText: "April 2010", Arcs: "7", Lead: "An identified work stream lead"),
            new("Make links with Equality and Diversity groups across the partnership and the actions already being addressed", Outcomes: "Targeted workforce development to ensure a representative workforce",
                TimescaleText: "Ongoing", Arcs: "7", Lead: "An identified work stream lead"),
            new("Use the corporate workforce planning mechanism, working with partners to enable cross-partnership information sharing",
                Outcomes: "Better understanding of employment and labour supply; targeted workforce development such as succession planning", TimescaleText: "Ongoing", Arcs: "7"),
        ]);

    public static readonly IReadOnlyList<StrategyTemplate> All = [Ssa, Hereford, Leicester];

    public static StrategyTemplate? Find(string? code) => All.FirstOrDefault(t => t.Code == code);
}
