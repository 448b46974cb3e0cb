using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneWorkforce.Core.Reference;

namespace OneWorkforce.Data.Model;

internal sealed class FrameworkConfiguration : IEntityTypeConfiguration<Framework>
{
    public void Configure(EntityTypeBuilder<Framework> framework)
    {
        framework.Property(f => f.Code).HasMaxLength(60);
        framework.Property(f => f.Version).HasMaxLength(20);
        framework.HasIndex(f => new { f.Code, f.Version }).IsUnique();
        framework.HasMany(f => f.Areas).WithOne(a => a.Framework).HasForeignKey(a => a.FrameworkId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FrameworkAreaConfiguration : IEntityTypeConfiguration<FrameworkArea>
{
    public void Configure(EntityTypeBuilder<FrameworkArea> area)
    {
        area.Property(a => a.Code).HasMaxLength(60);
        area.HasIndex(a => a.Code).IsUnique();
    }
}

internal sealed class FrameworkAreaMatchConfiguration : IEntityTypeConfiguration<FrameworkAreaMatch>
{
    public void Configure(EntityTypeBuilder<FrameworkAreaMatch> match)
    {
        match.Property(m => m.Kind).HasMaxLength(40);
        match.HasOne(m => m.FromArea).WithMany().HasForeignKey(m => m.FromAreaId).OnDelete(DeleteBehavior.Cascade);
        match.HasOne(m => m.ToArea).WithMany().HasForeignKey(m => m.ToAreaId).OnDelete(DeleteBehavior.Cascade);
        match.HasIndex(m => new { m.FromAreaId, m.ToAreaId, m.Kind }).IsUnique();
    }
}

internal sealed class CodeEntryConfiguration : IEntityTypeConfiguration<CodeEntry>
{
    public void Configure(EntityTypeBuilder<CodeEntry> entry)
    {
        entry.HasKey(e => new { e.List, e.Code });
        entry.Property(e => e.List).HasMaxLength(60);
        entry.Property(e => e.Code).HasMaxLength(60);
    }
}

internal sealed class ArcConfiguration : IEntityTypeConfiguration<Arc>
{
    public void Configure(EntityTypeBuilder<Arc> arc)
    {
        arc.HasKey(a => a.Number);
        arc.Property(a => a.Number).ValueGeneratedNever();
        arc.Property(a => a.Colour).HasMaxLength(20);
        arc.Property(a => a.ColourHex).HasMaxLength(7);
    }
}

internal sealed class StageConfiguration : IEntityTypeConfiguration<Stage>
{
    public void Configure(EntityTypeBuilder<Stage> stage)
    {
        stage.HasKey(s => s.Number);
        stage.Property(s => s.Number).ValueGeneratedNever();
    }
}

internal sealed class ScalePointConfiguration : IEntityTypeConfiguration<ScalePoint>
{
    public void Configure(EntityTypeBuilder<ScalePoint> point)
    {
        point.HasKey(p => p.Value);
        point.Property(p => p.Value).ValueGeneratedNever();
    }
}

internal sealed class LevelConfiguration : IEntityTypeConfiguration<Level>
{
    public void Configure(EntityTypeBuilder<Level> level)
    {
        level.ToTable("QualificationLevels");
        level.HasKey(l => l.Code);
        level.Property(l => l.Code).HasMaxLength(20);
    }
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> role)
    {
        role.ToTable("WorkforceRoles");
        role.Property(r => r.Code).HasMaxLength(80);
        role.Property(r => r.Description).HasMaxLength(4000);
        role.Property(r => r.WorkforceType).HasMaxLength(20);
        role.HasIndex(r => r.Code).IsUnique();
        role.HasMany(r => r.Sectors).WithOne().HasForeignKey(s => s.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoleSectorConfiguration : IEntityTypeConfiguration<RoleSector>
{
    public void Configure(EntityTypeBuilder<RoleSector> sector)
    {
        sector.ToTable("WorkforceRoleSectors");
        sector.HasKey(s => new { s.RoleId, s.SectorCode });
        sector.Property(s => s.SectorCode).HasMaxLength(40);
    }
}
