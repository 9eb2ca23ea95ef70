@echo off
rem Starts LabelJ: the jar in the folder above this one, with the JVM options it starts fastest with.
rem Put this folder on the PATH.  JAVA_HOME: the JDK to use (default: java on the PATH);
rem LABELJ_JAVA_OPTS: more JVM options, e.g. set LABELJ_JAVA_OPTS=-Xmx4g
setlocal
for %%I in ("%~dp0..") do set "LABELJ_HOME=%%~fI"
set "LABELJ_JAR=%LABELJ_HOME%\labelj.jar"
if not exist "%LABELJ_JAR%" (
  echo labelj: %LABELJ_JAR% not found ^(build it with: mvn -DskipTests package^) 1>&2
  exit /b 1
)
set "LABELJ_JVM=java"
if defined JAVA_HOME set "LABELJ_JVM=%JAVA_HOME%\bin\java.exe"
rem A JVM that does not match the archive (another JDK, a rebuilt jar) starts without it, told not to say so.
rem The option is quoted: the folder may have a space in its name. The archive is mapped where it was made for,
rem not moved at each start (docs/adr/0180).
set "LABELJ_CDS="
if exist "%LABELJ_HOME%\labelj.jsa" set LABELJ_CDS="-XX:SharedArchiveFile=%LABELJ_HOME%\labelj.jsa" -Xlog:cds=off -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0
rem OpenBLAS, which comes with OpenCV's natives, would start threads that spin through the start (docs/adr/0182).
if not defined OPENBLAS_NUM_THREADS set "OPENBLAS_NUM_THREADS=1"
"%LABELJ_JVM%" %LABELJ_CDS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -Xmx2g -Dlabelj.launcher=cmd %LABELJ_JAVA_OPTS% -jar "%LABELJ_JAR%" %*
exit /b %ERRORLEVEL%
