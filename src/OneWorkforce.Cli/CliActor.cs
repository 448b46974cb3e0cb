using OneWorkforce.Data.Audit;

namespace OneWorkforce.Cli;

/// <summary>Changes made from the command line are audited as the command line and the operating-system user.</summary>
internal sealed class CliActor : IActor
{
    public string Id => "cli";
    public string Name => $"Command line ({Environment.UserName})";
}
