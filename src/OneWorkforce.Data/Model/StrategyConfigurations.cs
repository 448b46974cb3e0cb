using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Strategy;

namespace OneWorkforce.Data.Model;

internal sealed class WorkforceStrategyConfiguration : IEntityTypeConfiguration<WorkforceStrategy>
{
    public void Configure(EntityTypeBuilder<WorkforceStrategy> strategy)
    {
        strategy.Property(s => s.Title).HasMaxLength(WorkforceStrategy.MaxTitle);
        strategy.Property(s => s.Vision).HasMaxLength(WorkforceStrategy.MaxText);
        strategy.Property(s => s.Scope).HasMaxLength(WorkforceStrategy.MaxText);
        strategy.Property(s => s.Template).HasMaxLength(40);
        strategy.Ignore(s => s.Period);
        strategy.HasIndex(s => s.AreaId);
        strategy.HasOne<Area>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StrategyPriorityConfiguration : IEntityTypeConfiguration<StrategyPriority>
{
    public void Configure(EntityTypeBuilder<StrategyPriority> priority)
    {
        priority.Property(p => p.Title).HasMaxLength(400);
        priority.Property(p => p.Description).HasMaxLength(WorkforceStrategy.MaxText);
        priority.Property(p => p.Sector).HasMaxLength(40);
        priority.HasIndex(p => new { p.StrategyId, p.Number });
        priority.HasOne<WorkforceStrategy>().WithMany().HasForeignKey(p => p.StrategyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SteeringMemberConfiguration : IEntityTypeConfiguration<SteeringMember>
{
    public void Configure(EntityTypeBuilder<SteeringMember> member)
    {
        member.Property(m => m.Name).HasMaxLength(200);
        member.Property(m => m.Organisation).HasMaxLength(200);
        member.Property(m => m.Role).HasMaxLength(200);
        member.HasIndex(m => m.StrategyId);
        member.HasOne<WorkforceStrategy>().WithMany().HasForeignKey(m => m.StrategyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SuccessIndicatorConfiguration : IEntityTypeConfiguration<SuccessIndicator>
{
    public void Configure(EntityTypeBuilder<SuccessIndicator> indicator)
    {
        indicator.Property(i => i.Name).HasMaxLength(200);
        indicator.Property(i => i.Definition).HasMaxLength(2000);
        indicator.Property(i => i.Measure).HasMaxLength(80);
        indicator.Property(i => i.Unit).HasMaxLength(20);
        indicator.Property(i => i.Baseline).HasPrecision(18, 4);
        indicator.Property(i => i.Target).HasPrecision(18, 4);
        indicator.HasIndex(i => i.StrategyId);
        indicator.HasOne<WorkforceStrategy>().WithMany().HasForeignKey(i => i.StrategyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> value)
    {
        value.Property(v => v.Value).HasPrecision(18, 4);
        value.Property(v => v.Source).HasMaxLength(500);
        value.Property(v => v.RecordedBy).HasMaxLength(200);
        value.HasIndex(v => new { v.IndicatorId, v.On });
        value.HasOne<SuccessIndicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StrategyReportConfiguration : IEntityTypeConfiguration<StrategyReport>
{
    public void Configure(EntityTypeBuilder<StrategyReport> report)
    {
        report.Property(r => r.Quarter).HasMaxLength(6);
        report.Property(r => r.ReportJson).HasMaxLength(2_000_000);
        report.Property(r => r.IssuedBy).HasMaxLength(200);
        report.HasIndex(r => new { r.StrategyId, r.Quarter }).IsUnique();
        report.HasOne<WorkforceStrategy>().WithMany().HasForeignKey(r => r.StrategyId).OnDelete(DeleteBehavior.Cascade);
    }
}
