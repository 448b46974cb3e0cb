using OneWorkforce.Core.Assessment;

namespace OneWorkforce.Core.Reference;

/// <summary>
/// The national statements shipped with the framework: one plain-English statement per arc × stage cell for
/// each respondent group, which the respondent rates from 1 (fragmented) to 5 (integrated and reformed).
/// Each is the stage's question asked about the arc's subject, worded for the group; children, young people
/// and families get simpler wording. The national administrator can reword any of them, and an area can put
/// its own local wording in place of the national one.
/// </summary>
public static class OcwtStatements
{
    /// <summary>The subject of each arc, as it reads inside a sentence, for the three workforce groups.</summary>
    private static readonly string[] Subjects =
    [
        "a shared identity, purpose and vision for everyone who works with children, young people and families",
        "a common language and set of values across services",
        "a way of working that focuses on positive outcomes for children and young people",
        "integrated working (the Common Assessment Framework, lead professionals, sharing information)",
        "a high quality, appropriately trained workforce",
        "a set of roles that complement each other, so everyone knows who does what",
        "the capacity to deliver services and keep children safe",
        "work towards the Every Child Matters outcomes for every child and young person",
    ];

    /// <summary>What children, young people and families would see if each arc were working, as a short clause.</summary>
    private static readonly string[] ChildrenClauses =
    [
        "the people who help us all want the same good things for us",
        "the people who help us share the same values and use words we understand",
        "the people who help us think about what is best for us",
        "the people who help us work together and share what they need to know",
        "the people who help us know what they are doing",
        "we know who does what, and who to go to",
        "there are enough people to help us and we are kept safe",
        "we are healthy, safe, enjoy and achieve, and are listened to",
    ];

    /// <summary>The stage's question, with {0} for the arc's subject: leaders and managers.</summary>
    private static readonly string[] LeaderStages =
    [
        "We have agreed what {0} should look like in our area.",
        "The right people are involved in building {0}.",
        "We have developed {0} with our partners.",
        "{0} is in place across the whole workforce, not just in some teams.",
        "We check that {0} makes a difference to children, young people and families.",
        "{0} is easy for staff and families to understand and use.",
        "{0} is part of everyday work, not a one-off project.",
        "We regularly review and improve {0}.",
    ];

    private static readonly string[] FrontlineStages =
    [
        "I know what {0} means for my work.",
        "People like me have been involved in building {0}.",
        "I have seen {0} being developed where I work.",
        "{0} is in place in my team and in the teams I work with.",
        "I can see that {0} makes a difference to the children and families I work with.",
        "{0} is easy for me to understand and use.",
        "{0} is part of my everyday work.",
        "I am asked how {0} could be better, and I see it improve.",
    ];

    private static readonly string[] PartnerStages =
    [
        "Our organisation has agreed with others what {0} should look like.",
        "Our organisation is involved in building {0}.",
        "We have helped develop {0}.",
        "{0} is in place between our organisation and other services.",
        "We can see that {0} makes a difference to the children and families we work with.",
        "{0} is easy for our staff and volunteers to understand and use.",
        "{0} is part of how our organisation works every day.",
        "We review {0} together with other services and improve it.",
    ];

    private static readonly string[] ChildrenStages =
    [
        "I have been asked what I need, so that {0}.",
        "The right people are working together, so that {0}.",
        "Things are being done so that {0}.",
        "Wherever I go for help, {0}.",
        "It makes a real difference to me that {0}.",
        "It is easy to see that {0}.",
        "Every time I get help, {0}.",
        "I am asked how things could be better, so that {0}.",
    ];

    /// <summary>The shipped national statement for a cell and group.</summary>
    public static string Default(int arc, int stage, string group)
    {
        if (arc is < 1 or > 8 || stage is < 1 or > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(arc), "Arcs and stages run from 1 to 8");
        }
        var (pattern, subject) = group switch
        {
            RespondentGroups.Frontline => (FrontlineStages[stage - 1], Subjects[arc - 1]),
            RespondentGroups.Partners => (PartnerStages[stage - 1], Subjects[arc - 1]),
            RespondentGroups.ChildrenAndFamilies => (ChildrenStages[stage - 1], ChildrenClauses[arc - 1]),
            _ => (LeaderStages[stage - 1], Subjects[arc - 1]),
        };
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, subject);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    public const int MaxLength = 500;
}
