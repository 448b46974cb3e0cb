namespace OneWorkforce.Testing;

/// <summary>Seed matrices as files a lead would upload.</summary>
public static class SeedMatrices
{
    /// <summary>Seed 001 appendix E, "Scores from OCWT analysis", laid out and spelt as printed (arc 8 is "FCM outcomes").</summary>
    public const string AppendixECsv = """
        ,Define what's needed,Get the right people to help,Develop it,Get it working across the workforce,Ensure it makes a difference,Make it user friendly,Get it established day-to-day,Regularly review and improve
        "Shared identity, purpose and vision",3.3,2.6,3.2,4.3,4.1,3.3,3.3,3.5
        Common values and language,2.9,2.6,2.6,3.3,3.8,2.7,2.7,2.6
        Behaviours focused on positive outcomes,2.8,2.5,2.3,3.1,3.4,2.7,3.3,3.4
        Integrated working practices,2.8,2.9,2.5,3.3,3.8,2.8,2.7,3.2
        "High quality, appropriately trained workforce",2.6,2.8,2.5,3.0,2.9,2.5,3.1,2.4
        Complementary roles,2.6,2.6,2.6,3.0,3.1,2.8,3.1,2.7
        Capacity to deliver & keep children safe,2.5,2.2,3.2,2.9,3.5,3.1,2.4,3.3
        FCM outcomes,3.7,2.8,3.6,3.6,3.1,4.2,3.6,4.1
        """;
}
