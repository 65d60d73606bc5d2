; Inno Setup script for CaseDesk on Windows: a per-user install that needs no administrator rights.
;
; Build on Windows after `pyinstaller installer\casedesk.spec` (see installer\README.md):
;   iscc /DAppVersion=0.1.0 installer\casedesk.iss
;
; PrivilegesRequired=lowest with {autopf} installs into the user's own Programs folder
; (%LOCALAPPDATA%\Programs), which a clerk may write to on a locked-down office PC (anchors.md §2.9).
; The uninstaller removes the program only: the database, backups and logs live in the user's data
; folder (%LOCALAPPDATA%\CaseDesk), which this script never touches.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{8B1E6C1E-4C62-4F0B-9C36-CA5ED35C0DE5}
AppName=CaseDesk 加装电梯案件管理
AppVersion={#AppVersion}
AppVerName=CaseDesk {#AppVersion}
AppPublisher=CaseDesk
DefaultDirName={autopf}\CaseDesk
DefaultGroupName=CaseDesk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=CaseDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\CaseDesk.exe
LicenseFile=..\resources\fonts\OFL.txt
VersionInfoVersion={#AppVersion}

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder build; nothing is written outside {app}.
Source: "..\dist\CaseDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\CaseDesk 加装电梯案件管理"; Filename: "{app}\CaseDesk.exe"
Name: "{autodesktop}\CaseDesk 加装电梯案件管理"; Filename: "{app}\CaseDesk.exe"; Tasks: desktopicon
Name: "{autoprograms}\CaseDesk 命令行"; Filename: "{cmd}"; Parameters: "/k ""{app}\casedesk-cli.exe"" --help"

[Run]
Filename: "{app}\CaseDesk.exe"; Description: "{cm:LaunchProgram,CaseDesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave beside its files; never {localappdata}\CaseDesk.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
